-- Region filters of the monitoring dashboard join history to applications by process instance.
CREATE INDEX ix_application_process_instance ON ovop_application (process_instance_id);
