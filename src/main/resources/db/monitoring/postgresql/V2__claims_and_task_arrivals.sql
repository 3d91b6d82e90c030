-- The first claim of each task (wait-for-claim vs working time) in one index probe, and user task
-- arrivals per week read from task history (a fifth of the activity rows).
CREATE INDEX CONCURRENTLY IF NOT EXISTS ovop_hi_link_claim
    ON act_hi_identitylink (task_id_, timestamp_) WHERE type_ = 'assignee' AND operation_type_ = 'add';
CREATE INDEX CONCURRENTLY IF NOT EXISTS ovop_hi_task_key_start
    ON act_hi_taskinst (proc_def_key_, start_time_)
    INCLUDE (id_, task_def_key_, proc_def_id_, proc_inst_id_);
