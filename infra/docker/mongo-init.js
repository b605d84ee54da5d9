// The services' own MongoDB users, created once on an empty volume by the mongo image (docker-entrypoint-initdb.d)
// as the root user. Each service reads and writes its own database (thidua_<spring.application.name>) and nothing
// else, except reporting: its rebuild writes each projection generation to a fresh database
// (thidua_reporting-service_r<time>) and drops the old one, and MongoDB grants no role by database-name prefix, so
// reporting's user may read, write and drop any database. Passwords come from the container's environment.
const admin = db.getSiblingDB('admin');
const own = (service, variable) => {
  const password = process.env[variable];
  if (!password) throw new Error(variable + ' is not set');
  return { user: service, pwd: password };
};
for (const [service, variable] of [
  ['registration-service', 'MONGO_REGISTRATION_PASSWORD'],
  ['review-service', 'MONGO_REVIEW_PASSWORD'],
  ['award-service', 'MONGO_AWARD_PASSWORD'],
]) {
  admin.createUser({ ...own(service, variable), roles: [{ role: 'readWrite', db: 'thidua_' + service }] });
}
admin.createUser({
  ...own('reporting-service', 'MONGO_REPORTING_PASSWORD'),
  roles: [{ role: 'readWriteAnyDatabase', db: 'admin' }, { role: 'dbAdminAnyDatabase', db: 'admin' }],
});
