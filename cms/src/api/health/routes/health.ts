// Whether the CMS is up, for a load balancer; what it runs on, for the operator (see the controller).
export default {
  routes: [{ method: 'GET', path: '/health', handler: 'health.check', config: { auth: false } }],
};
