\timing on
-- A nation-sized organization tree: 1 + 31 provinces + 310 prefectures + 3,100 counties +
-- 37,200 townships + 1,041,600 villages = 1,082,242 organizations (paths kept by the triggers).
insert into organization (id, parent_id, path, name, type) values (1, null, '1', '全国关工委', 'CITY_COMMITTEE');
insert into organization (id, parent_id, path, name, type)
select 1 + p, 1, '1', '省' || p, 'CITY_COMMITTEE' from generate_series(1, 31) p;
insert into organization (id, parent_id, path, name, type)
select 100 + (p - 1) * 10 + c, 1 + p, '1', '地市' || p || '-' || c, 'CITY_COMMITTEE' from generate_series(1, 31) p, generate_series(1, 10) c;
insert into organization (id, parent_id, path, name, type)
select 1000 + (q - 101) * 10 + k, q, '1', '县' || q || '-' || k, 'CITY_COMMITTEE' from generate_series(101, 410) q, generate_series(1, 10) k;
insert into organization (id, parent_id, path, name, type)
select 10000 + (c - 1001) * 12 + t, c, '1', '乡' || c || '-' || t, 'TOWNSHIP_COMMITTEE' from generate_series(1001, 4100) c, generate_series(1, 12) t;
insert into organization (id, parent_id, path, name, type)
select 100000 + (t - 10001) * 28 + v, t, '1', '村' || t || '-' || v, 'VILLAGE_GROUP' from generate_series(10001, 47200) t, generate_series(1, 28) v;
select count(*) from organization;
analyze organization;
