#!/usr/bin/env python3
"""Generates seeds/demo/assessments.json: the 五好 campaign and 党建带关工 results of 五大连池市.

The report (2016-H1): 13 basic committees, 87 village groups and 6 community groups in the 五好
campaign; 13, 67 and 6 of them hold the title (100 %, 77 %, 100 %); the city spot-checks twice a
year; no title revoked so far; 2016 is the last year of the second three-year plan, with 8 more
villages planned to enrol. Made here as: the first plan (2011–2013) enrolling the 13 committees,
the 6 communities and 60 villages, the second (2014–2016) 15 + 12 villages and the 8 planned ones;
every holder awarded on a passing self-check and city spot check, both 2016 spot-check rounds
(April, June) passed by every holder; 20 enrolled villages without the title yet (8 failed their
self-check, 12 await the city's check). 党建带关工: every village and community party branch's 2015
half-year and year-end results (3 failing at year end: no 先进党支部) and the 2016 half-year ones.
Repeatable: a fixed random seed.
"""
import json
import random
from pathlib import Path

random.seed(2016)
here = Path(__file__).resolve().parent.parent / "demo"
orgs = json.load(open(here / "organizations.json", encoding="utf-8"))
by_type = {}
for o in orgs:
    by_type.setdefault(o["type"], []).append(o["key"])
townships, villages, communities = by_type["TOWNSHIP_COMMITTEE"], by_type["VILLAGE_GROUP"], by_type["COMMUNITY_GROUP"]
assert (len(townships), len(villages), len(communities)) == (13, 95, 6)
name = {o["key"]: o["name"] for o in orgs}
keep = [k for k in villages if "钟山" in name[k] or "兴安村" in name[k]]  # the report's villages hold the title
others = [k for k in villages if k not in keep]
random.shuffle(others)
first_plan = keep + others[:60 - len(keep)]
rest = others[60 - len(keep):]
in_2014, in_2015, planned_2016 = rest[:15], rest[15:27], rest[27:]
assert len(planned_2016) == 8
awarded_2014 = in_2014[:7]  # 60 + 7 = 67 villages hold the title
failed_self_check = in_2014[7:]  # 8 villages failed their self-check
CITY = "wdlc"

plans = [
    {"key": "plan1", "organization": CITY, "name": "第一个“五好”创建三年规划（2011—2013）", "startYear": 2011, "endYear": 2013,
     "targets": [{"year": 2011, "organizationType": "TOWNSHIP_COMMITTEE", "target": 13},
                 {"year": 2011, "organizationType": "COMMUNITY_GROUP", "target": 6},
                 {"year": 2012, "organizationType": "VILLAGE_GROUP", "target": 30},
                 {"year": 2013, "organizationType": "VILLAGE_GROUP", "target": 30}]},
    {"key": "plan2", "organization": CITY, "name": "第二个“五好”创建三年规划（2014—2016）", "startYear": 2014, "endYear": 2016,
     "targets": [{"year": 2014, "organizationType": "VILLAGE_GROUP", "target": 15},
                 {"year": 2015, "organizationType": "VILLAGE_GROUP", "target": 12},
                 {"year": 2016, "organizationType": "VILLAGE_GROUP", "target": 8}]},
]

enrolments = []


def enrol(plan, key, year, month):
    enrolments.append({"plan": plan, "organization": key, "planYear": year, "status": "ENROLLED",
                       "enrolledOn": f"{year}-{month:02d}-{random.randint(1, 28):02d}"})


for k in townships + communities:
    enrol("plan1", k, 2011, 4)
for i, k in enumerate(first_plan):
    enrol("plan1", k, 2012 if i < 30 else 2013, 4)
for k in in_2014:
    enrol("plan2", k, 2014, 4)
for k in in_2015:
    enrol("plan2", k, 2015, 4)
for k in planned_2016:
    enrolments.append({"plan": "plan2", "organization": k, "planYear": 2016, "status": "PLANNED", "enrolledOn": None,
                       "note": "基层上报、反复协调、准确评估，年末可达到“五好”标准"})

FIVE_GOOD_ITEMS = [f"{c}.{i}" for c in range(1, 6) for i in range(1, 5)]
PARTY_ITEMS = {"A1": 10, "A2": 10, "A3": 10, "B1": 10, "B2": 10, "B3": 10, "C1": 15, "C2": 15, "C3": 10}
evaluations, awards = [], []


def five_good(passing):
    if passing:  # 4 to 5 per item: at least 16 per criterion, 80 in all
        return {code: random.choice([4, 4.5, 5, 5]) for code in FIVE_GOOD_ITEMS}
    scores = {code: random.choice([2, 3, 3.5, 4]) for code in FIVE_GOOD_ITEMS}
    scores["1.3"] = 1  # new leaders untrained: below 80 for sure
    return scores


def party(passing):
    share = (0.75, 1.0) if passing else (0.3, 0.55)
    return {code: round(m * random.uniform(*share) * 2) / 2 for code, m in PARTY_ITEMS.items()}


def evaluate(key, sheet, kind, day, scores, evaluators, comment=None):
    ek = f"e{len(evaluations) + 1}"
    evaluations.append({"key": ek, "organization": key, "sheet": sheet, "kind": kind, "evaluatedOn": day,
                        "evaluators": evaluators, "scores": [{"code": c, "score": s} for c, s in scores.items()],
                        "comment": comment})
    return ek


def award(key, year):
    self_check = evaluate(key, "FIVE_GOOD", "SELF_CHECK", f"{year}-10-{random.randint(8, 20):02d}", five_good(True),
                          name[key].replace("关工小组", "").replace("关工委", "") + "自查组")
    spot_check = evaluate(key, "FIVE_GOOD", "SPOT_CHECK", f"{year}-11-{random.randint(5, 25):02d}", five_good(True),
                          "市关工委抽查组")
    awards.append({"organization": key, "kind": "AWARDED", "occurredOn": f"{year}-12-{random.randint(10, 28):02d}",
                   "decidedBy": "五大连池市关工委", "evaluation": spot_check})
    return self_check


holders = []
for k in townships + communities:
    award(k, 2011)
    holders.append(k)
for i, k in enumerate(first_plan):
    award(k, 2012 if i < 30 else 2013)
    holders.append(k)
for k in awarded_2014:
    award(k, 2014)
    holders.append(k)
for k in failed_self_check:
    evaluate(k, "FIVE_GOOD", "SELF_CHECK", "2015-10-16", five_good(False), name[k].replace("关工小组", "") + "自查组",
             "新进班子成员未参加培训，活动记录不全")
for k in in_2015:
    evaluate(k, "FIVE_GOOD", "SELF_CHECK", "2016-05-10", five_good(True), name[k].replace("关工小组", "") + "自查组")
# the city's two spot-check rounds of 2016, both passed by every holder: no slipping back, nothing revoked
for day in ("2016-04-20", "2016-06-16"):
    for k in holders:
        evaluate(k, "FIVE_GOOD", "SPOT_CHECK", day, five_good(True), "市关工委抽查组")

# 党建带关工: half-year preliminary and year-end overall results of every village and community branch
branches = villages + communities
failing_2015 = set(random.sample([k for k in branches if k not in keep], 3))
for k in branches:
    evaluate(k, "PARTY_BUILDING", "HALF_YEAR_PRELIMINARY", "2015-07-08", party(True), "乡镇党委考核组")
    evaluate(k, "PARTY_BUILDING", "YEAR_END_OVERALL", "2015-12-22", party(k not in failing_2015), "乡镇党委考核组",
             "关心下一代工作不达标，不能评为先进党支部" if k in failing_2015 else None)
    evaluate(k, "PARTY_BUILDING", "HALF_YEAR_PRELIMINARY", "2016-06-28", party(True), "乡镇党委考核组")

out = {"plans": plans, "enrolments": enrolments, "evaluations": evaluations, "awards": awards}
with open(here / "assessments.json", "w", encoding="utf-8") as f:  # one record a line: small, and diffs stay readable
    f.write("{\n" + ",\n".join(f' "{part}": [\n  ' + ",\n  ".join(json.dumps(r, ensure_ascii=False, separators=(",", ":"))
                                                               for r in rows) + "\n ]" for part, rows in out.items()) + "\n}\n")
print(len(enrolments), "enrolments,", len(evaluations), "evaluations,", len(awards), "awards")
