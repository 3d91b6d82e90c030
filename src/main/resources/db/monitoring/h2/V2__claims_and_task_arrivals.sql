CREATE INDEX IF NOT EXISTS ovop_hi_link_claim ON act_hi_identitylink (task_id_, type_, timestamp_);
CREATE INDEX IF NOT EXISTS ovop_hi_task_key_start ON act_hi_taskinst (proc_def_key_, start_time_);
