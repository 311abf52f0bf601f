import actions from './actions';
import cases from './cases';
import inbox from './inbox';
import published from './published';
import similar from './similar';
import statistics from './statistics';

export default { actions, cases, inbox, published, similar, statistics };
