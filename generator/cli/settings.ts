import { ConfigError, loadConfig, type Config } from '../config/index.js';

/** Config from the project, then flags on top. Returns an exit code when the config is unusable. */
export async function settings(values: Record<string, string | boolean | undefined>, command: string): Promise<Config | number> {
  try {
    const { config } = await loadConfig(process.cwd());
    return {
      ...config,
      ...(typeof values.docs === 'string' ? { docs: values.docs } : {}),
      ...(typeof values.out === 'string' ? { out: values.out } : {}),
    };
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`docs2ts ${command}: invalid config: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
