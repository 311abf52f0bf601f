import actions from './actions';
import cases from './cases';
import feedback from './feedback';
import inbox from './inbox';
import log from './log';
import notifications from './notifications';
import published from './published';
import similar from './similar';
import statistics from './statistics';

export default { actions, cases, feedback, inbox, log, notifications, published, similar, statistics };
