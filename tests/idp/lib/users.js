// Static user directory of the test tenant. Account ids (= `sub`) look like Auth0's: "auth0|..." for the
// database connection, "github|..." for the (simulated) GitHub social connection, chosen with connection=github.

export const ROLES_CLAIM = 'https://tokenscope.test/roles';
export const DATABASE_CONNECTION = 'Username-Password-Authentication';
export const CONNECTIONS = [DATABASE_CONNECTION, 'github'];

export const USERS = [
  {
    sub: 'auth0|alice-0001',
    connection: DATABASE_CONNECTION,
    username: 'alice',
    password: 'wonderland-42',
    profile: {
      name: 'Alice Liddell',
      nickname: 'alice',
      given_name: 'Alice',
      family_name: 'Liddell',
      email: 'alice@example.com',
      email_verified: true,
      avatar: 'alice',
      updated_at: '2024-05-04T12:00:00.000Z',
      roles: ['tester'],
    },
  },
  {
    sub: 'auth0|bob-0002',
    connection: DATABASE_CONNECTION,
    username: 'bob',
    password: 'builder-7',
    profile: {
      name: 'Bob Builder',
      nickname: 'bob',
      given_name: 'Bob',
      family_name: 'Builder',
      email: 'bob@example.com',
      email_verified: true,
      avatar: 'bob',
      updated_at: '2024-05-04T12:00:00.000Z',
      roles: ['tester'],
    },
  },
  {
    // What Auth0 makes of a GitHub login: provider|id as sub, the GitHub login as nickname, the avatar as picture.
    sub: 'github|100200300',
    connection: 'github',
    username: 'octocat',
    password: 'github-42',
    profile: {
      name: 'The Octocat',
      nickname: 'octocat',
      given_name: 'The',
      family_name: 'Octocat',
      email: 'octocat@github.example',
      email_verified: true,
      avatar: 'octocat',
      updated_at: '2024-05-04T12:00:00.000Z',
      roles: [],
    },
  },
];

export function findUserBySub(sub) {
  return USERS.find((u) => u.sub === sub);
}

/** Accepts the username or the e-mail address (case-insensitive). */
export function findUserByLogin(login) {
  const l = String(login ?? '').trim().toLowerCase();
  if (!l) return undefined;
  return USERS.find((u) => u.username === l || u.profile.email === l);
}

/** The user of that connection (the database one when none is named) with these credentials. */
export function checkCredentials(login, password, connection) {
  const user = findUserByLogin(login);
  if (!user || user.password !== String(password ?? '')) return undefined;
  if (user.connection !== (connection || DATABASE_CONNECTION)) return undefined;
  return user;
}

/** All claims a user has; oidc-provider filters them by scope/`claims` config. */
export function userClaims(user, issuer) {
  const p = user.profile;
  return {
    sub: user.sub,
    name: p.name,
    nickname: p.nickname,
    given_name: p.given_name,
    family_name: p.family_name,
    picture: `${issuer}avatars/${p.avatar}.png`,
    updated_at: p.updated_at,
    email: p.email,
    email_verified: p.email_verified,
    [ROLES_CLAIM]: [...p.roles],
  };
}
