-- Whether a territory lies in a high-mountain area, as the government's list says. Unknown (NULL)
-- until administrators load it with the territory CSV; where a territory or one of its parents
-- knows it, it decides the application's high-mountain bonus instead of the producer's tick box.
ALTER TABLE ovop_territory ADD COLUMN high_mountain BOOLEAN;
