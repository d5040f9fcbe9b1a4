#!/usr/bin/env python3
"""Generates seeds/demo/leadership.json: leadership teams, trainings and research visits of 五大连池市.

From the report (first half of 2016): the city committee went to the townships three times,
covering 6 townships and streets (团结, 建设, 龙镇, 太平, 新发, 青山街道), 12 villages, 3 communities and
2 schools; 4 常务副主任 were appointed to basic-level committees and 24 常务副组长 of groups changed;
9 training classes were held and every new leadership member was trained. Earlier leaders hold
their seats since before 2016 and were trained at the 2015 class. Synthetic names only.
Repeatable: a fixed random seed.
"""
import json
import random
from pathlib import Path

random.seed(2016)
here = Path(__file__).resolve().parent.parent / "demo"
orgs = json.load(open(here / "organizations.json", encoding="utf-8"))
by_key = {o["key"]: o for o in orgs}
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "建国志刚玉兰秀英德明海峰春生淑华永福凤芝国庆长林桂芳振东金山宝华俊英立新文华"


def name():
    return random.choice(SURNAMES) + "".join(random.choice(GIVEN) for _ in range(2))


committees = [o for o in orgs if o["type"] in ("CITY_COMMITTEE", "TOWNSHIP_COMMITTEE")]
groups = [o for o in orgs if o["type"] in ("VILLAGE_GROUP", "COMMUNITY_GROUP", "SCHOOL_GROUP")]
appointments = []
seq = 0


def appoint(org, role, start, end=None, reason=None, new=False):
    global seq
    seq += 1
    key = f"a{seq:04d}"
    appointments.append({"key": key, "organization": org, "personName": name(), "role": role, "startedOn": start,
                         "endedOn": end, "changeReason": reason, "new": new})
    return key


# committees: 主任, 常务副主任, 秘书长 since before 2016; 4 townships get a new 常务副主任 in 2016-H1
new_directors = {"wdlc-tuanjiezhen": "2016-03-08", "wdlc-jianshexiang": "2016-03-15", "wdlc-xinfazhen": "2016-04-06",
                 "wdlc-taipingxiang": "2016-05-10"}
for c in committees:
    appoint(c["key"], "DIRECTOR", f"201{random.randint(1, 4)}-0{random.randint(1, 9)}-01")
    if c["key"] in new_directors:
        day = new_directors[c["key"]]
        appoint(c["key"], "EXECUTIVE_DEPUTY_DIRECTOR", "2012-03-01", day, "调任其他工作")
        appoint(c["key"], "EXECUTIVE_DEPUTY_DIRECTOR", day, None, "新任", new=True)
    else:
        appoint(c["key"], "EXECUTIVE_DEPUTY_DIRECTOR", f"201{random.randint(2, 5)}-0{random.randint(1, 9)}-01")
    appoint(c["key"], "SECRETARY_GENERAL", f"201{random.randint(2, 5)}-0{random.randint(1, 9)}-01")

# groups: 组长 and 常务副组长 since before 2016; 24 常务副组长 changed in 2016-H1
changed = set(random.sample([g["key"] for g in groups], 24))
for g in groups:
    appoint(g["key"], "LEADER", f"201{random.randint(0, 5)}-0{random.randint(1, 9)}-01")
    if g["key"] in changed:
        day = f"2016-0{random.randint(1, 5)}-{random.randint(1, 28):02d}"
        appoint(g["key"], "EXECUTIVE_DEPUTY_LEADER", f"201{random.randint(1, 4)}-0{random.randint(1, 9)}-01", day,
                random.choice(["年龄原因", "外出务工", "进城养老", "换届调整"]))
        appoint(g["key"], "EXECUTIVE_DEPUTY_LEADER", day, None, "新任", new=True)
    else:
        appoint(g["key"], "EXECUTIVE_DEPUTY_LEADER", f"201{random.randint(1, 5)}-0{random.randint(1, 9)}-01")

# the 2015 class trained everyone who already held a seat; nine classes in 2016-H1 trained the new
sitting = [a["key"] for a in appointments if a["startedOn"] <= "2015-10-20" and (a["endedOn"] is None or a["endedOn"] > "2015-10-20")]
trainings = [{"organization": "wdlc", "heldOn": "2015-10-20", "title": "2015年度基层关工组织领导班子成员培训班",
              "format": "CLASS", "attendees": sitting}]
titles = [("wdlc", "2016-03-25", "新任常务副主任、常务副组长培训班", "CLASS"),
          ("wdlc", "2016-04-20", "全市关工委工作会议（以会代训）", "MEETING_AS_TRAINING"),
          ("wdlc-tuanjiezhen", "2016-04-12", "团结镇关工小组成员培训", "CLASS"),
          ("wdlc-jianshexiang", "2016-04-18", "建设乡关工小组成员培训", "CLASS"),
          ("wdlc-xinfazhen", "2016-05-06", "新发镇关工小组成员培训", "CLASS"),
          ("wdlc-taipingxiang", "2016-05-20", "太平乡关工小组成员培训", "CLASS"),
          ("wdlc-longzhen", "2016-05-26", "龙镇五好创建培训（以会代训）", "MEETING_AS_TRAINING"),
          ("wdlc-xinganxiang", "2016-06-08", "兴安乡关工小组成员培训", "CLASS"),
          ("wdlc", "2016-06-22", "全市新任班子成员网上培训", "ONLINE")]


def under(org_key, root):
    while org_key is not None:
        if org_key == root:
            return True
        org_key = by_key[org_key]["parent"]
    return False


new = [a for a in appointments if a["new"]]
for org, day, title, fmt in titles:
    trainings.append({"organization": org, "heldOn": day, "title": title, "format": fmt, "attendees": []})
for a in new:
    # the first class after the appointment that the leader's organization falls under
    for t in trainings[1:]:
        if t["heldOn"] >= a["startedOn"] and under(a["organization"], t["organization"]):
            t["attendees"].append(a["key"])
            break
    else:
        raise SystemExit("no training for " + a["key"])

# three research trips by the city committee
trips = [
    {"organization": "wdlc", "visitedOn": "2016-03-16", "ledBy": "市关工委主任",
     "townships": ["wdlc-tuanjiezhen", "wdlc-jianshexiang"], "communities": 0, "schools": 1,
     "topics": "基层关工委班子建设、五老队伍", "findings": "部分村关工小组常务副组长年龄偏大、外出，需调整充实。",
     "measures": "调整充实常务副组长，新任成员全部培训。"},
    {"organization": "wdlc", "visitedOn": "2016-04-27", "ledBy": "市关工委常务副主任",
     "townships": ["wdlc-longzhen", "wdlc-taipingxiang"], "communities": 0, "schools": 1,
     "topics": "五好基层关工组织创建", "findings": "创建档案不全，活动记录不规范。",
     "measures": "统一创建档案和活动记录，开展回头看。"},
    {"organization": "wdlc", "visitedOn": "2016-06-14", "ledBy": "市关工委主任",
     "townships": ["wdlc-xinfazhen", "wdlc-qingshan"], "communities": 3, "schools": 0,
     "topics": "党建带关工、社区关工工作", "findings": "社区关工小组与社区党组织结合紧密，但农村留守儿童帮扶需加强。",
     "measures": "推广社区经验，开展五老与留守儿童结对帮扶。"}]
visits = []
for trip in trips:
    places = list(trip["townships"])
    villages = [o["key"] for t in trip["townships"] for o in orgs if o["parent"] == t and o["type"] == "VILLAGE_GROUP"]
    places += random.sample(villages, 4)
    places += [o["key"] for t in trip["townships"] for o in orgs
               if o["parent"] == t and o["type"] == "COMMUNITY_GROUP"][:trip["communities"]]
    # a school of the townships visited first, else the city's own
    schools = sorted((o for o in orgs if o["type"] == "SCHOOL_GROUP"
                      and (o["parent"] in trip["townships"] or o["parent"] == "wdlc")),
                     key=lambda o: o["parent"] == "wdlc")
    schools = [o["key"] for o in schools]
    places += schools[:trip["schools"]]
    visits.append({k: trip[k] for k in ("organization", "visitedOn", "ledBy", "topics", "findings", "measures")}
                  | {"places": places})

for a in appointments:
    del a["new"]
json.dump({"appointments": appointments, "trainings": trainings, "researchVisits": visits},
          open(here / "leadership.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(appointments), "appointments,", len(new), "new in 2016-H1,", len(trainings), "trainings,", len(visits), "visits")
types = {}
for v in visits:
    for p in v["places"]:
        types.setdefault(by_key[p]["type"], set()).add(p)
print({t: len(s) for t, s in types.items()})
