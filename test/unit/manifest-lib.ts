// office-addin-manifest's offline reader (no network, unlike `validate`). It pulls in
// ES modules jest cannot require, so it runs in a plain node child process.
import { execFileSync } from 'node:child_process';

export interface ManifestInfo {
  id?: string;
  displayName?: string;
  hosts?: string[];
}

export function readManifestInfo(path: string): ManifestInfo {
  const script = `require('office-addin-manifest').OfficeAddinManifest.readManifestFile(${JSON.stringify(path)}).then((i) => process.stdout.write(JSON.stringify(i)))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as ManifestInfo;
}
