/**
 * One build at a time per output folder. Two builds in one folder used to share `dist.partial/`:
 * one printed "Complete!" and exited 0 while the other's failure deleted `dist/`. A build now
 * holds `<out>.lock` (made atomically, holding its process id) from before it touches the
 * scratch folder until it exits. A second build waits for the first, printing why, and builds
 * after it; it gives up with a clear message after STORY_BUILD_LOCK_WAIT seconds (default 900).
 * A lock left by a build that no longer runs (killed, machine restarted) is taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}

function holder(lock) {
  try {
    const [pid, since] = readFileSync(lock, "utf8").split("\n");
    return { pid: Number(pid), since };
  } catch {
    return null;
  }
}

/** Takes the lock for `out` (waiting for a running build if need be) and frees it when this process exits. */
export function holdBuildLock(out, { waitSeconds = Number(process.env.STORY_BUILD_LOCK_WAIT ?? 900) } = {}) {
  const lock = `${out}.lock`;
  const deadline = Date.now() + waitSeconds * 1000;
  let told = false;
  for (;;) {
    try {
      const fd = openSync(lock, "wx");
      writeSync(fd, `${process.pid}\n${new Date().toISOString()}\n`);
      closeSync(fd);
      break;
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
    }
    const h = holder(lock);
    if (h && Number.isInteger(h.pid) && h.pid > 0 && !alive(h.pid)) {
      console.error(`Build: taking over ${lock}, left by a build (pid ${h.pid}) that no longer runs.`);
      rmSync(lock, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      console.error(
        `Build stopped: another build (pid ${h?.pid ?? "?"}, since ${h?.since ?? "?"}) is still writing ${out}/ in this folder. Wait for it, or remove ${lock} if no build runs.`,
      );
      process.exit(1);
    }
    if (!told) {
      console.error(
        `Build: another build (pid ${h?.pid ?? "?"}) is writing ${out}/ in this folder; waiting for it to finish...`,
      );
      told = true;
    }
    sleep(200);
  }
  const release = () => {
    if (holder(lock)?.pid === process.pid) rmSync(lock, { force: true });
  };
  // Also after process.exit(); a build killed outright leaves the lock, which the next build takes over (above).
  process.on("exit", release);
}
