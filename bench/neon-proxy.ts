// The Neon stand-in (API and WebSocket proxy) in a process of its own, so that the bench's
// CPU figures count the driver's work and not the proxy's. Prints its port, runs until killed.
// Imported by path: the testing library's index also loads its jest-only helpers.
import { FakeNeonServer } from '../libs/testing/src/fake-neon-server.js';

const server = new FakeNeonServer(process.argv[2], 'bench-key');
await server.start();
process.stdout.write(`${server.port}\n`);
process.on('SIGTERM', () => void server.stop().then(() => process.exit(0)));
