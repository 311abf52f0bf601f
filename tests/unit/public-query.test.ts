import { describe, expect, it } from 'vitest';
import { PublicQueryError, toPublicQuery } from '../../cms/src/content-api/public-query';
import { publicShapes } from '../../cms/src/content-api/public-shapes';

const questions = publicShapes['api::question.question'];

describe('the public query of the content API', () => {
  it('always asks for published content with the public fields and the server populate', () => {
    const query = toPublicQuery({}, questions, false);
    expect(query.status).toBe('published');
    expect(query.fields).toEqual(questions.fields);
    expect(query.populate).toBe(questions.populate);
  });

  it('keeps allowed filters, sorting and pagination', () => {
    const query = toPublicQuery(
      {
        filters: { topic: { slug: { $eq: 'boende' } }, $or: [{ title: { $containsi: 'hyra' } }] },
        sort: 'publishedAt:desc',
        pagination: { page: '2', pageSize: '10' },
      },
      questions,
      false,
    );
    expect(query.filters).toEqual({ topic: { slug: { $eq: 'boende' } }, $or: [{ title: { $containsi: 'hyra' } }] });
    expect(query.sort).toEqual(['publishedAt:desc']);
  });

  it.each([
    [{ status: 'draft' }],
    [{ populate: '*' }],
    [{ fields: ['submittedText'] }],
    [{ filters: { stage: 'new' } }],
    [{ filters: { topic: { questions: { stage: 'new' } } } }],
    [{ filters: { topic: 'x' } }],
    [{ filters: { title: { $where: '1' } } }],
    [{ filters: { $eq: 'x' } }],
    [{ sort: 'receivedAt' }],
    [{ sort: 'title:sideways' }],
    [{ pagination: { page: 1, offset: 3 } }],
    [{ where: { id: 1 } }],
  ])('refuses %j', (input) => {
    expect(() => toPublicQuery(input as Record<string, unknown>, questions, false)).toThrow(PublicQueryError);
  });

  it('takes no filters on a single document', () => {
    expect(() => toPublicQuery({ filters: { slug: 'x' } }, questions, true)).toThrow(PublicQueryError);
  });
});
