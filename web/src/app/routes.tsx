// The screens of each role at their addresses. /display (with ?tanggal= and ?department=) is the wall screens'
// kiosk address and shows the same board as /board.
import type { ReactNode } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import type { Role } from '../gql/graphql';
import { EmployeeHome } from '../employee/Home';
import { MyOrders } from '../employee/MyOrders';
import { NewOrder } from '../employee/NewOrder';
import { OrderDetail } from '../orders/OrderDetail';
import { ChangePassword } from './ChangePassword';
import { Forbidden, NotFound } from './pages';
import { Shell } from './Shell';

function only(role: Role, allowed: Role[], screen: ReactNode): ReactNode {
  return allowed.includes(role) ? screen : <Forbidden />;
}

export function homeOf(role: Role): string {
  return role === 'EMPLOYEE' ? '/' : '/board';
}

export function createAppRouter(role: Role) {
  const staff: Role[] = ['DAPUR', 'DELIVERY', 'ADMINISTRATOR'];
  return createBrowserRouter([
    {
      element: <Shell />,
      children: [
        { path: '/', element: role === 'EMPLOYEE' ? <EmployeeHome /> : <Navigate to="/board" replace /> },
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
  ]);
}
