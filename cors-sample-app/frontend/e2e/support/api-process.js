import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const targetDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../target');

/** The executable jar that `mvn install` (or `mvn package`) leaves in cors-sample-app/target. */
function builtJar() {
  const jars = fs.existsSync(targetDir) ? fs.readdirSync(targetDir).filter((name) => /^cors-sample-app-.*\.jar$/.test(name)) : [];
  if (jars.length !== 1) {
    throw new Error(`expected one cors-sample-app jar in ${targetDir}, found [${jars}]: run 'mvn -B install' at the repository root first`);
  }
  return path.join(targetDir, jars[0]);
}

/**
 * Every property the tests change, on the command line, as a user would override application.yml; except the
 * allowed origins, which come from a file that the tests rewrite while the API runs (cors-config-file.js).
 */
function commandLineProperties({ port, corsConfigFile, jwtSecret, workDir, profiles = ['cors-debug'], more = [] }) {
  return [
    `--server.port=${port}`,
    // cors-debug logs at DEBUG why the starter rejected a request, which the blocked-origin test reads; the
    // cookie-session tests add cookie-session.
    `--spring.profiles.active=${profiles.join(',')}`,
    // On the command line, so that Spring Cloud's refresh reads the file again: it rebuilds the configuration
    // from the command line and the files it names.
    `--spring.config.additional-location=file:${corsConfigFile}`,
    // No preflight caching: a cached answer (PUT then DELETE on the same URL) would skip the very
    // preflight the tests look for.
    '--cors.policies.api.max-age=0',
    `--notes.auth.jwt-secret=${jwtSecret}`,
    // Tomcat's access log shows each request as the server saw it, preflights included.
    '--server.tomcat.accesslog.enabled=true',
    `--server.tomcat.accesslog.directory=${workDir}`,
    '--server.tomcat.accesslog.prefix=access',
    '--server.tomcat.accesslog.suffix=.log',
    '--server.tomcat.accesslog.rotate=false',
    '--server.tomcat.accesslog.buffered=false',
    '--server.tomcat.accesslog.pattern=%m %U %s %{Origin}i %{Access-Control-Request-Method}i',
    ...more,
  ];
}

async function answers(url) {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

function tail(file) {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').slice(-40).join('\n') : '(no log)';
}

/** Starts the API and resolves once it serves notes; `stop()` ends it. */
export async function startApi(options) {
  const logFile = path.join(options.workDir, 'api.log');
  const log = fs.openSync(logFile, 'w');
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const child = spawn(java, ['-jar', builtJar(), ...commandLineProperties(options)], { stdio: ['ignore', log, log] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    fs.closeSync(log);
  };

  const deadline = Date.now() + 90_000;
  while (!(await answers(`http://localhost:${options.port}/api/notes`))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`the API did not start on port ${options.port}; last lines of ${logFile}:\n${tail(logFile)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { stop };
}
