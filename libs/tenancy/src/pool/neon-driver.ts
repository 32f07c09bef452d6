import { neonConfig } from '@neondatabase/serverless';
import ws from 'ws';

/**
 * Neon's serverless driver speaks PostgreSQL over a WebSocket. Node 20 has no WebSocket of its
 * own (22 does), so the driver is given `ws`. `wsProxy` points it at a proxy of our choosing:
 * a template with {host} and {port} (`127.0.0.1:4444/v2?address={host}:{port}`), as a local
 * stand-in or a self-hosted wsproxy needs; unset, the driver reaches Neon's own endpoints.
 */
export function configureNeonDriver(options: { neonWsProxy: string | null; neonWsTls: boolean }) {
  neonConfig.webSocketConstructor = ws;
  neonConfig.useSecureWebSocket = options.neonWsTls;
  if (options.neonWsProxy) {
    const template = options.neonWsProxy;
    neonConfig.wsProxy = (host, port) =>
      template.replace('{host}', host).replace('{port}', String(port));
    // Pipelining the password assumes cleartext auth as Neon's proxy does it; another proxy
    // may hand over to a server that asks for SCRAM.
    neonConfig.pipelineConnect = false;
  }
}
