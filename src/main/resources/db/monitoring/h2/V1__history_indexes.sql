-- The PostgreSQL indexes of the same version (db/monitoring/postgresql), in H2's dialect, for the
-- local run: H2 has neither INCLUDE columns nor partial indexes.
CREATE INDEX IF NOT EXISTS ovop_hi_act_key_end ON act_hi_actinst (proc_def_key_, end_time_);
CREATE INDEX IF NOT EXISTS ovop_hi_act_key_start ON act_hi_actinst (proc_def_key_, start_time_);
CREATE INDEX IF NOT EXISTS ovop_hi_task_key_end ON act_hi_taskinst (proc_def_key_, end_time_);
CREATE INDEX IF NOT EXISTS ovop_hi_proc_key_start ON act_hi_procinst (proc_def_key_, start_time_);
CREATE INDEX IF NOT EXISTS ovop_hi_proc_key_end ON act_hi_procinst (proc_def_key_, end_time_);
