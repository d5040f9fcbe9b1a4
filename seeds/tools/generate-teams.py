#!/usr/bin/env python3
"""Generates seeds/demo/teams.json: the 五老工作组织 of 五大连池市 from the report —
186 teams: 关爱团 143 (516 people), 报告团 22 (223 people), 艺术团 21 (255 people).

Care teams sit in villages and communities, lecture and art teams at the township committees and
the city. Members come from the team's own subtree (volunteers.json); a person may be in several
teams, never twice in one. Repeatable: a fixed random seed. Run after generate-volunteers.py.
"""
import json
import random
from collections import defaultdict
from pathlib import Path

random.seed(186)
here = Path(__file__).resolve().parent.parent / "demo"
orgs = json.load(open(here / "organizations.json", encoding="utf-8"))
people = json.load(open(here / "volunteers.json", encoding="utf-8"))
parent = {o["key"]: o["parent"] for o in orgs}
name_of = {o["key"]: o["name"] for o in orgs}


def under(org):
    """The volunteers whose organization is org or below it."""
    def inside(k):
        while k is not None:
            if k == org:
                return True
            k = parent[k]
        return False
    return [p["key"] for p in people if inside(p["organization"])]


def split(total, parts):
    base, extra = divmod(total, parts)
    sizes = [base + (1 if i < extra else 0) for i in range(parts)]
    random.shuffle(sizes)
    return sizes


teams = []
groups = [o["key"] for o in orgs if o["type"] in ("VILLAGE_GROUP", "COMMUNITY_GROUP")]
# every village and community group has one; 42 of them a second (143 in all)
care_homes = groups + random.sample(groups, 143 - len(groups))
townships = [o["key"] for o in orgs if o["type"] == "TOWNSHIP_COMMITTEE"]
for kind, homes, total, label in (
        ("CARE", care_homes, 516, "五老关爱团"),
        ("LECTURE", (townships + ["wdlc"]) * 2, 223, "五老报告团"),
        ("ART", (townships + ["wdlc"]) * 2, 255, "五老艺术团")):
    count = {"CARE": 143, "LECTURE": 22, "ART": 21}[kind]
    homes = homes[:count]
    seen = defaultdict(int)
    for home, size in zip(homes, split(total, count)):
        seen[home] += 1
        pool = under(home)
        members = random.sample(pool, min(size, len(pool)))
        short = name_of[home].replace("关工委", "").replace("关工小组", "")
        suffix = "" if seen[home] == 1 else "第二"
        teams.append({"key": f"{kind.lower()}-{len(teams):03d}", "organization": home, "type": kind,
                      "name": short + label.replace("五老", "五老" + suffix) if suffix else short + label, "leader": members[0] if members else None,
                      "establishedOn": f"{random.randint(2009, 2015)}-0{random.randint(1, 9)}-01",
                      "members": members})

json.dump(teams, open(here / "teams.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
by = defaultdict(lambda: [0, 0])
for t in teams:
    by[t["type"]][0] += 1
    by[t["type"]][1] += len(t["members"])
print("teams.json:", len(teams), "teams;", dict(by))
