/**
 * What the content API shows of each public type, whoever asks: the fields, the relations the
 * server populates (clients cannot choose), and the only paths a client may filter and sort on.
 * Anything private (the citizen's text, PII findings, receipt hash, rejection, writer, approver,
 * createdBy/updatedBy) is simply not on these lists.
 */
export interface PublicShape {
  fields: string[];
  populate: Record<string, unknown>;
  filterable: string[];
  sortable: string[];
}

const referralFields = ['name', 'kind', 'phone', 'url', 'description', 'openingHours', 'sortOrder'];

export const publicShapes: Record<string, PublicShape> = {
  'api::topic.topic': {
    fields: ['name', 'slug', 'description', 'sortOrder', 'publishedAt', 'updatedAt'],
    populate: { referrals: { fields: referralFields, sort: ['sortOrder:asc'] } },
    filterable: ['documentId', 'slug', 'name'],
    sortable: ['sortOrder', 'name', 'publishedAt', 'updatedAt'],
  },
  'api::question.question': {
    fields: ['title', 'body', 'slug', 'publishedAt', 'updatedAt'],
    populate: {
      topic: { fields: ['name', 'slug'] },
      answer: { fields: ['body', 'publishedAt', 'updatedAt'] },
    },
    filterable: ['documentId', 'slug', 'title', 'publishedAt', 'updatedAt', 'topic.slug', 'topic.documentId'],
    sortable: ['publishedAt', 'updatedAt', 'title'],
  },
  'api::answer.answer': {
    fields: ['body', 'publishedAt', 'updatedAt'],
    populate: { question: { fields: ['title', 'slug', 'publishedAt'] } },
    filterable: ['documentId', 'publishedAt', 'updatedAt', 'question.slug', 'question.documentId'],
    sortable: ['publishedAt', 'updatedAt'],
  },
  'api::referral.referral': {
    fields: referralFields,
    populate: { topics: { fields: ['name', 'slug'] } },
    filterable: ['documentId', 'kind', 'topics.slug'],
    sortable: ['sortOrder', 'name'],
  },
};
