import { startTestBot } from './tests/helpers/server';
(async () => {
  const bot = await startTestBot();
  const t = await (await fetch(bot.url + '/api/directline/token', { method: 'POST' })).json();
  const h = { Authorization: 'Bearer ' + t.token, 'Content-Type': 'application/json' };
  await fetch(t.domain + '/conversations', { method: 'POST', headers: h, body: '{}' });
  let wm = '';
  const show = async () => { await new Promise((r) => setTimeout(r, 1200)); const a = await (await fetch(`${t.domain}/conversations/${t.conversationId}/activities?watermark=${wm}`, { headers: h })).json(); wm = a.watermark; for (const x of a.activities) if (x.type === 'message') console.log(JSON.stringify({ role: x.from.role, text: x.text?.slice(0, 200), sa: x.suggestedActions?.actions?.map((y: any) => y.title + '=' + y.value), att: x.attachments?.map((y: any) => JSON.stringify(y.content).slice(0, 400)) })); };
  await show();
  for (const text of process.argv.slice(2)) { await fetch(`${t.domain}/conversations/${t.conversationId}/activities`, { method: 'POST', headers: h, body: JSON.stringify({ type: 'message', text }) }); console.log('>>> ' + text); await show(); }
  await bot.close();
})().catch((e) => { console.error('ERR', e.message); process.exit(1); });
