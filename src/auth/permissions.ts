// Who may call what: one graphql-shield map, deny by default. Every root field is listed here and nowhere else;
// row-level scope (an employee's own orders, the statuses a role sees) lives in the services.
import { GraphQLError, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { applyMiddleware, IMiddlewareTypeMap } from 'graphql-middleware';
import { allow, and, deny, rule, shield } from 'graphql-shield';
import type { IRule, IRules } from 'graphql-shield';
import { Role } from '../entities/enums';
import { mayEverReceive } from '../events/audience';
import { SUBSCRIPTION_TOPICS } from '../events/events';
import { ForbiddenError, PasswordChangeRequiredError, UnauthenticatedError } from '../common/errors';
import { AuthUser, Context } from '../context/request-context';

type ShieldRule = IRule | ReturnType<typeof and>;

/** A valid, active caller (token verified and account re-checked for this request). */
const signedIn = rule({ cache: 'contextual' })((_parent, _args, ctx: Context) =>
  ctx.user ? true : new UnauthenticatedError(ctx.authError ?? 'Authentication required'),
);

/** A caller whose password was reset must change it before anything else works. */
const passwordCurrent = rule({ cache: 'contextual' })((_parent, _args, ctx: Context) =>
  ctx.user?.mustChangePassword ? new PasswordChangeRequiredError() : true,
);

const ROLE_NAMES: Record<Role, string> = {
  [Role.ADMINISTRATOR]: 'administrator',
  [Role.EMPLOYEE]: 'employee',
  [Role.DAPUR]: 'dapur',
  [Role.DELIVERY]: 'delivery',
};

/** Pure check, shared with the WebSocket layer: may a user with this role use a field guarded by `roles`? */
export function hasAnyRole(user: AuthUser, roles: readonly Role[]): boolean {
  return roles.includes(user.role);
}

const roleRules = new Map<string, ShieldRule>();

/** Signed in with a current password and one of `allowed` roles. One rule instance per role set (shield's rule cache keys on names). */
function roles(...allowed: readonly Role[]): ShieldRule {
  const name = `role:${[...allowed].sort().join(',')}`;
  const existing = roleRules.get(name);
  if (existing) return existing;
  const hasRole = rule(name, { cache: 'contextual' })((_parent, _args, ctx: Context) =>
    ctx.user && hasAnyRole(ctx.user, allowed)
      ? true
      : new ForbiddenError(`Requires role ${allowed.map((role) => ROLE_NAMES[role]).join(' or ')}`),
  );
  const combined = and(signedIn, passwordCurrent, hasRole);
  roleRules.set(name, combined);
  return combined;
}

const anyone = allow;
/** Signed in, even with a temporary password (the way out of PASSWORD_CHANGE_REQUIRED). */
const signedInOnly = signedIn;
const everyRole = and(signedIn, passwordCurrent);
const admin = roles(Role.ADMINISTRATOR);
const kitchenOrAdmin = roles(Role.ADMINISTRATOR, Role.DAPUR);
const ordering = roles(Role.ADMINISTRATOR, Role.EMPLOYEE);
const workflow = roles(Role.ADMINISTRATOR, Role.DAPUR, Role.DELIVERY);

/**
 * Who may open each subscription: the roles that can ever be in the audience of one of its topics
 * (events/audience.ts, which also decides which events each subscriber then receives). Checked by shield on every
 * event and by the WebSocket server at subscribe time, so a refused subscription fails at once.
 */
export const SUBSCRIPTION_ROLES: Record<string, readonly Role[]> = Object.fromEntries(
  Object.entries(SUBSCRIPTION_TOPICS).map(([field, topics]) => [
    field,
    Object.values(Role).filter((role) => topics.some((topic) => mayEverReceive(role, topic))),
  ]),
);

/** The subscribe-time check of the WebSocket server: null when allowed, else the error to report. */
export function subscriptionRefusal(user: AuthUser | null, field: string): GraphQLError | null {
  if (!user) return new UnauthenticatedError();
  if (user.mustChangePassword) return new PasswordChangeRequiredError();
  const allowed = SUBSCRIPTION_ROLES[field];
  if (!allowed || !hasAnyRole(user, allowed))
    return new ForbiddenError(`Your role may not subscribe to ${field}`);
  return null;
}

export const permissionMap = {
  Query: {
    me: everyRole,
    users: admin,
    user: admin,
    departments: everyRole,
    jabatan: everyRole,
    shifts: everyRole,
    lokasi: everyRole,
    orders: everyRole,
    order: everyRole,
    orderByKode: everyRole,
    orderEventsSince: everyRole,
    pendingApprovals: kitchenOrAdmin,
    consumptionReport: admin,
    departmentReport: admin,
    performanceReport: admin,
    rejectionReport: admin,
    auditTrail: admin,
    orderHistory: admin,
    auditActionTypes: admin,
    kitchenSummary: workflow,
  },
  Mutation: {
    login: anyone,
    refreshToken: anyone,
    logout: anyone,
    changePassword: signedInOnly,
    createUser: admin,
    updateUserStatus: admin,
    updateUserRole: admin,
    updateUserProfile: admin,
    resetUserPassword: admin,
    createDepartment: admin,
    updateDepartment: admin,
    deleteDepartment: admin,
    createJabatan: admin,
    updateJabatan: admin,
    deleteJabatan: admin,
    createShift: admin,
    updateShift: admin,
    deleteShift: admin,
    createLokasi: admin,
    updateLokasi: admin,
    deleteLokasi: admin,
    createOrder: ordering,
    updateOrderStatus: workflow,
    requestOrderRejection: roles(Role.DAPUR),
    requestOrderEdit: roles(Role.DAPUR),
    decideApproval: admin,
    cancelOrder: ordering,
    exportReport: admin,
  },
  Subscription: Object.fromEntries(
    Object.entries(SUBSCRIPTION_ROLES).map(([field, allowed]) => [field, roles(...allowed)]),
  ),
} satisfies Record<string, Record<string, ShieldRule>>;

const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'] as const;

/**
 * Applies the map to `schema`'s root fields; a root field missing from the map is denied. Only root fields are
 * wrapped: what a caller may reach is decided at the root field that returns it, and shield's per-field promise
 * on every nested field of a 100-row page would cost latency for no decision.
 */
export function applyPermissions(schema: GraphQLSchema): GraphQLSchema {
  const rules: IRules = {};
  const declaredMap = permissionMap as Record<string, Record<string, ShieldRule>>;
  for (const name of ROOT_TYPES) {
    const type = schema.getType(name);
    if (!(type instanceof GraphQLObjectType)) continue;
    const declared = declaredMap[name] ?? {};
    rules[name] = Object.fromEntries(
      Object.keys(type.getFields())
        .filter((field) => field in declared)
        .map((field) => [field, declared[field]]),
    );
  }
  const generator = shield(rules, {
    fallbackRule: deny,
    fallbackError: () => new ForbiddenError(),
    allowExternalErrors: true,
    debug: false,
  });
  const middleware = generator.generate(schema);
  if (typeof middleware === 'function') return applyMiddleware(schema, middleware);
  const typeMap = middleware as IMiddlewareTypeMap;
  const rootOnly: IMiddlewareTypeMap = {};
  for (const name of ROOT_TYPES as readonly string[]) if (typeMap[name]) rootOnly[name] = typeMap[name];
  return applyMiddleware(schema, rootOnly);
}
