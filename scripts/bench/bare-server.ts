// The machine's limit: a restify POST endpoint that parses JSON and answers, nothing else.
import restify from 'restify';

const server = restify.createServer();
server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));
server.post('/api/messages', async (req, res) => {
  const body = req.body as { text?: string };
  res.send(200, { activities: [{ type: 'message', text: body?.text ?? '' }] });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`LISTENING ${server.address().port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
