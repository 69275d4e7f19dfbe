/**
 * Child process for the sync benchmark: PouchDB (LevelDB storage) served by express-pouchdb on a
 * loopback port, as a CouchDB-compatible replication source.
 * Usage: tsx bench/pouchdb-server.ts <dir with the databases> <port>
 */
import PouchDB from 'pouchdb';
import expressPouchDB from 'express-pouchdb';

const [dir, port] = process.argv.slice(2);
if (!dir || !port) throw new Error('usage: pouchdb-server.ts <dir> <port>');
const Pouch = PouchDB.defaults({ prefix: `${dir}/` });
const app = expressPouchDB(Pouch, { mode: 'minimumForPouchDB', logPath: `${dir}/express-pouchdb.log`, inMemoryConfig: true });
app.listen(Number(port), '127.0.0.1', () => process.stdout.write(`listening ${port}\n`));
