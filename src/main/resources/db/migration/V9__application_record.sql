-- The application tables are the record of an application (process variables are not):
-- the rating is kept here, and "conformity document attached" is read from the documents
-- themselves instead of a flag that a form or an edit could set or lose.
ALTER TABLE ovop_application ADD COLUMN recommended_stars INT;
ALTER TABLE ovop_application DROP COLUMN has_conformity_document;
