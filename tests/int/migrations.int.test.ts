import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, EDITORS, startCms, type TestCms } from '../helpers/cms';
import { adminLogin, contentApi } from '../helpers/http';
import { Q, createTemplate, receiveQuestion, setStage, writeAnswer } from '../helpers/workflow';

/**
 * A database made by the previous content model, upgraded: a case written before the set of
 * authors was kept gets it from its answer's writer (cms/database/migrations), so the writer still
 * cannot approve their own answer after the upgrade, and a colleague still can.
 */

let cms: TestCms;

beforeAll(async () => {
  cms = await startCms();
});

afterAll(async () => {
  await cms?.stop();
});

describe('the case-authors migration', () => {
  it('fills in the authors of a case made by the previous model, and four eyes holds across the upgrade', async () => {
    let one = await adminLogin(cms.url, EDITORS[0], DEMO_PASSWORD);
    const submit = contentApi(cms.url, cms.tokens.submit);
    await createTemplate(one);
    const waiting = await receiveQuestion(submit, one, 'Hur gör man en orosanmälan om ett barn i grannskapet?', 'Väntar på granskning');
    await writeAnswer(one, waiting, 'Du kan ringa socialtjänsten och berätta vad du har sett.');
    expect((await setStage(one, waiting, 'in_review')).status).toBe(200);

    // The previous model: no authors column, and the migration not yet run.
    const knex = cms.strapi.db.connection;
    await knex.schema.alterTable('questions', (table) => table.dropColumn('authors'));
    await knex('strapi_migrations').where('name', 'like', '%case-authors%').delete();
    expect(await knex.schema.hasColumn('questions', 'authors')).toBe(false);

    cms = await cms.restart();
    const rows = await cms.strapi.db.query(Q).findMany({ where: { documentId: waiting } });
    expect(rows.map((row: { authors: unknown }) => row.authors)).toEqual(rows.map(() => [one.userId]));
    one = await adminLogin(cms.url, EDITORS[0], DEMO_PASSWORD);
    const two = await adminLogin(cms.url, EDITORS[1], DEMO_PASSWORD);
    expect((await setStage(one, waiting, 'approved')).status).toBe(400);
    expect((await setStage(two, waiting, 'approved')).status).toBe(200);
  });
});
