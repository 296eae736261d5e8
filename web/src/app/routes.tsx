// The screens of each role at their addresses. /display (with ?tanggal= and ?department=) is the wall screens'
// kiosk address and shows the same board as /board.
import type { ReactNode } from 'react';
import { createBrowserRouter, matchPath, Navigate } from 'react-router';
import type { Role } from '../gql/graphql';
import { EmployeeHome } from '../employee/Home';
import { MyOrders } from '../employee/MyOrders';
import { NewOrder } from '../employee/NewOrder';
import { OrderDetail } from '../orders/OrderDetail';
import { ChangePassword } from './ChangePassword';
import { Forbidden, NotFound, ScreenFailed } from './pages';
import { Shell } from './Shell';

function only(role: Role, allowed: Role[], screen: ReactNode): ReactNode {
  return allowed.includes(role) ? screen : <Forbidden />;
}

export function homeOf(role: Role): string {
  return { EMPLOYEE: '/', ADMINISTRATOR: '/admin', DAPUR: '/board', DELIVERY: '/board' }[role];
}

/** The administrators' screens, each loaded with its own code and texts when first opened. */
const ADMIN_SCREENS: { path: string; load: () => Promise<ReactNode> }[] = [
  { path: '/admin', load: () => import('../admin/dashboard/Dashboard').then((area) => <area.Dashboard />) },
  {
    path: '/admin/orders',
    load: () => import('../admin/orders/AdminOrders').then((area) => <area.AdminOrders />),
  },
  {
    path: '/admin/orders/:id',
    load: () => import('../admin/orders/AdminOrderDetail').then((area) => <area.AdminOrderDetail />),
  },
  {
    path: '/admin/approvals',
    load: () => import('../admin/approvals/ApprovalCenter').then((area) => <area.ApprovalCenter />),
  },
  { path: '/admin/users', load: () => import('../admin/users/Users').then((area) => <area.Users />) },
  {
    path: '/admin/master',
    load: () => import('../admin/master/MasterData').then((area) => <area.MasterData />),
  },
  { path: '/admin/reports', load: () => import('../admin/reports/Reports').then((area) => <area.Reports />) },
  {
    path: '/admin/audit',
    load: () => import('../admin/audit/AuditTrail').then((area) => <area.AuditTrail />),
  },
];

/**
 * Starts loading the code of the screen at `pathname` at once (while the session is being resumed), so that a
 * reload or a link into an administrator's or a board's screen does not wait for two round trips in a row.
 */
export function preloadScreen(pathname: string): void {
  const admin = ADMIN_SCREENS.find(({ path }) => matchPath(path, pathname));
  if (admin) void admin.load().catch(() => undefined);
  else if (pathname === '/board' || pathname === '/display')
    void import('../boards/Board').catch(() => undefined);
}

export function createAppRouter(role: Role) {
  const staff: Role[] = ['DAPUR', 'DELIVERY', 'ADMINISTRATOR'];
  return createBrowserRouter([
    {
      element: <Shell />,
      children: [
        {
          // A screen that fails to load (its code, offline) shows a message inside the shell, never a blank page.
          errorElement: <ScreenFailed />,
          children: [
            {
              path: '/',
              element: role === 'EMPLOYEE' ? <EmployeeHome /> : <Navigate to={homeOf(role)} replace />,
            },
            ...ADMIN_SCREENS.map(({ path, load }) => ({
              path,
              lazy: async () => ({ element: only(role, ['ADMINISTRATOR'], await load()) }),
            })),
            { path: '/order', element: only(role, ['EMPLOYEE'], <NewOrder />) },
            { path: '/orders', element: only(role, ['EMPLOYEE'], <MyOrders />) },
            { path: '/orders/:id', element: <OrderDetail /> },
            // The boards load only for the roles that use them: an employee's phone never downloads them.
            {
              path: '/board',
              lazy: async () => {
                const { Board } = await import('../boards/Board');
                return { element: only(role, staff, <Board />) };
              },
            },
            {
              path: '/display',
              lazy: async () => {
                const { Board } = await import('../boards/Board');
                return { element: only(role, staff, <Board kiosk />) };
              },
            },
            {
              path: '/approvals',
              lazy: async () => {
                const { Approvals } = await import('../boards/Approvals');
                return { element: only(role, ['DAPUR', 'ADMINISTRATOR'], <Approvals />) };
              },
            },
            { path: '/password', element: <ChangePassword /> },
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
    },
  ]);
}
