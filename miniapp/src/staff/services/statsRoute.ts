/** Route of the statistics dashboard, in its own module so the queue's link does not pull the dashboard's code in. */
export const DASHBOARD_ROUTE = '/staff/pages/dashboard/index';
