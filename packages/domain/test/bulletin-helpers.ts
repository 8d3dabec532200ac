// What the bulletin tests import from the domain, in one place.
export { bulletin, reminders, STATUS_LABEL } from "../src/index.js";
export { LIGHT_FILL } from "../src/bulletin/status-light.js";
export { openPackage as openPackageForTest } from "../src/formats/zip.js";
