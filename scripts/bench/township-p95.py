#!/usr/bin/env python3
"""p50/p95 of a township's reads at nation scale: township-p95.py <api> <township ids…>; env N (rounds), PERIOD, KINDS. Each township is read by its own org<ID>-admin (the generator's accounts)."""
import json, os, sys, time, urllib.request, statistics
api, ids = sys.argv[1], sys.argv[2:]
n = int(os.environ.get('N', '10')); period = os.environ.get('PERIOD', '2026-H1')
kinds = os.environ.get('KINDS', 'list,list-filtered,dashboard,children').split(',')
def login(user):
    req = urllib.request.Request(api + '/api/v1/auth/login', json.dumps({'username': user, 'password': 'Xinhuo@2016'}).encode(), {'Content-Type': 'application/json'})
    return json.load(urllib.request.urlopen(req))['accessToken']
tokens = {i: login(f'org{i}-admin') for i in ids}  # each township's own admin: the list is its scope
paths = {'list': '/api/v1/volunteers?page=0&size=20',
         'list-filtered': '/api/v1/volunteers?status=ACTIVE&category=VETERAN_TEACHER&page=1&size=20',
         'dashboard': '/api/v1/stats/summary?orgId={id}&period=' + period,
         'children': '/api/v1/stats/children?orgId={id}&period=' + period}
times = {k: [] for k in kinds}; bad = {k: 0 for k in kinds}
for r in range(n):
    for i in ids:
        for k in kinds:
            t = time.perf_counter()
            try:
                with urllib.request.urlopen(urllib.request.Request(api + paths[k].format(id=i), headers={'Authorization': 'Bearer ' + tokens[i]}), timeout=60) as resp:
                    resp.read()
            except Exception as e:
                bad[k] += 1
            times[k].append((time.perf_counter() - t) * 1000)
for k in kinds:
    v = sorted(times[k])
    print(f"{k:14} n={len(v)} p50={statistics.median(v):.1f} ms p95={v[int(0.95 * (len(v) - 1))]:.1f} ms max={v[-1]:.1f} ms errors={bad[k]}")
