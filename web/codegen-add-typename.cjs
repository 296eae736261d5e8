// Used by codegen.yml: __typename in every selection set of the web app's documents, as Apollo Client's cache adds
// it, so that the documents registered for TRUSTED_DOCUMENTS (persisted-documents.json) are the ones the app runs.
const { addTypenameSelectionDocumentTransform } = require('@graphql-codegen/client-preset');

exports.transform = (options) => addTypenameSelectionDocumentTransform.transform(options);
