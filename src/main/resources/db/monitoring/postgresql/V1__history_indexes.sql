-- Indexes for kg.ovop.monitoring on Camunda's history tables: every dashboard query is bounded by
-- process key and a time window, so it reads the window's rows from one index (the INCLUDE columns
-- make most of them index-only scans) and never the years before. CONCURRENTLY: on a large
-- history the first start after an upgrade must not block the engine's writes.
CREATE INDEX CONCURRENTLY IF NOT EXISTS ovop_hi_act_key_end
    ON act_hi_actinst (proc_def_key_, end_time_)
    INCLUDE (act_id_, act_type_, act_name_, duration_, act_inst_state_, proc_def_id_, proc_inst_id_, task_id_);
CREATE INDEX CONCURRENTLY IF NOT EXISTS ovop_hi_act_key_start
    ON act_hi_actinst (proc_def_key_, start_time_)
    INCLUDE (act_id_, act_type_, act_name_, proc_def_id_, proc_inst_id_, task_id_);
-- Work in progress: the open activities only, a small and shrinking part of history.
CREATE INDEX CONCURRENTLY IF NOT EXISTS ovop_hi_act_open
    ON act_hi_actinst (proc_def_key_) WHERE end_time_ IS NULL;
CREATE INDEX CONCURRENTLY IF NOT EXISTS ovop_hi_task_key_end
    ON act_hi_taskinst (proc_def_key_, end_time_)
    INCLUDE (id_, task_def_key_, name_, start_time_, duration_, delete_reason_, proc_def_id_, proc_inst_id_);
CREATE INDEX CONCURRENTLY IF NOT EXISTS ovop_hi_proc_key_start
    ON act_hi_procinst (proc_def_key_, start_time_)
    INCLUDE (proc_inst_id_, proc_def_id_, end_act_id_, state_);
CREATE INDEX CONCURRENTLY IF NOT EXISTS ovop_hi_proc_key_end
    ON act_hi_procinst (proc_def_key_, end_time_)
    INCLUDE (proc_inst_id_, proc_def_id_);
