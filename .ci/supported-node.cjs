// Exits 0 when the Node version given (default: this one) is one package.json's `engines` accept:
// 22.22.2+ on 22, 24.15+ on 24, any later major. The floor is jsdom 31's; Electron 45, Vitest 5 and
// @electron/fuses 2 need less (22.12). Plain CommonJS with no dependencies: it runs before `npm ci`.
const version = process.argv[2] ?? process.versions.node;
const [major, minor, patch] = version.replace(/^v/, '').split('.').map(Number);
const supported = major >= 25 || (major === 24 && minor >= 15) || (major === 22 && (minor > 22 || (minor === 22 && patch >= 2)));
process.exit(supported ? 0 : 1);
