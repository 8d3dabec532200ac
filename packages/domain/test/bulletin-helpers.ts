// What the bulletin tests import from the domain, in one place.
export { bulletin, reminders, STATUS_LABEL, LIGHT_FILL } from "../src/index.js";
export { openPackage as openPackageForTest } from "../src/formats/zip.js";
