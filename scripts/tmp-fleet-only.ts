import { measureFleet } from "./bench/fleet.js";

const t0 = performance.now();
console.log(JSON.stringify(await measureFleet(50, 5, "redis://127.0.0.1:6379"), null, 2));
console.log("took", Math.round(performance.now() - t0), "ms");
