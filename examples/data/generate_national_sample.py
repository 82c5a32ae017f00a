#!/usr/bin/env python3
"""Writes the SYNTHETIC national sample dossiers, shaped like the real system:

- national-sample-2024.json: plan year 2024, the 63 provinces and centrally-run cities of that year;
- national-sample-2025.json: plan year 2025, the year of the merger (Nghị quyết 202/2025/QH15): the 52 provinces
  dissolved on 1 July 2025 with their facts of the first half-year under their own ids, the 23 provinces established
  that day from them, and the 11 that did not change;
- national-sample-2026-06-30.json and national-sample-2026-11-30.json: plan year 2026, the 34 provinces and
  centrally-run cities in force since 1 July 2025, two snapshots of the same year for --baseline;
- waivers-2026.json: waivers (miễn trừ) for the 2026 samples: one that applies, one expired, one that matches nothing.

Province names, land borders and mission host countries are real; every count, date, person and event is
made up by a fixed-seed generator, with a mix of compliant and non-compliant cases. Run it again after a
change; the output is deterministic.
"""
import json, random, datetime as dt, os

R = random.Random(2024)
D = dt.date
AS_OF = D(2024, 12, 31)

# (id, name, border countries, gateways, has DOFA)
PROVINCES = [
 ("HNI","Hà Nội",[],["AIRPORT"]),("HCM","Thành phố Hồ Chí Minh",[],["AIRPORT","SEAPORT"]),("HPG","Hải Phòng",[],["AIRPORT","SEAPORT"]),
 ("DNG","Đà Nẵng",[],["AIRPORT","SEAPORT"]),("CTO","Cần Thơ",[],["AIRPORT"]),("HGG","Hà Giang",["CN"],["BORDER_GATE"]),
 ("CBG","Cao Bằng",["CN"],["BORDER_GATE"]),("LCU","Lai Châu",["CN"],["BORDER_GATE"]),("LCI","Lào Cai",["CN"],["BORDER_GATE"]),
 ("LSN","Lạng Sơn",["CN"],["BORDER_GATE"]),("QNH","Quảng Ninh",["CN"],["BORDER_GATE","SEAPORT","AIRPORT"]),("DBN","Điện Biên",["CN","LA"],["BORDER_GATE"]),
 ("SLA","Sơn La",["LA"],["BORDER_GATE"]),("THA","Thanh Hóa",["LA"],["BORDER_GATE","AIRPORT"]),("NAN","Nghệ An",["LA"],["BORDER_GATE","AIRPORT"]),
 ("HTH","Hà Tĩnh",["LA"],["BORDER_GATE","SEAPORT"]),("QBH","Quảng Bình",["LA"],["BORDER_GATE"]),("QTI","Quảng Trị",["LA"],["BORDER_GATE"]),
 ("TTH","Thừa Thiên Huế",["LA"],["BORDER_GATE","AIRPORT"]),("QNM","Quảng Nam",["LA"],["BORDER_GATE"]),("KTM","Kon Tum",["LA","KH"],["BORDER_GATE"]),
 ("GLI","Gia Lai",["KH"],["BORDER_GATE"]),("DLK","Đắk Lắk",["KH"],["BORDER_GATE"]),("DNO","Đắk Nông",["KH"],["BORDER_GATE"]),
 ("BPC","Bình Phước",["KH"],["BORDER_GATE"]),("TNH","Tây Ninh",["KH"],["BORDER_GATE"]),("LAN","Long An",["KH"],["BORDER_GATE"]),
 ("DTP","Đồng Tháp",["KH"],["BORDER_GATE"]),("AGG","An Giang",["KH"],["BORDER_GATE"]),("KGG","Kiên Giang",["KH"],["BORDER_GATE","AIRPORT"]),
 ("TQG","Tuyên Quang",[],[]),("YBI","Yên Bái",[],[]),("TNN","Thái Nguyên",[],[]),("BKN","Bắc Kạn",[],[]),("PTO","Phú Thọ",[],[]),
 ("VPC","Vĩnh Phúc",[],[]),("BGG","Bắc Giang",[],[]),("BNH","Bắc Ninh",[],[]),("HDG","Hải Dương",[],[]),("HYN","Hưng Yên",[],[]),
 ("HBH","Hòa Bình",[],[]),("HNM","Hà Nam",[],[]),("NDH","Nam Định",[],[]),("TBH","Thái Bình",[],[]),("NBH","Ninh Bình",[],[]),
 ("QNI","Quảng Ngãi",[],["SEAPORT"]),("BDH","Bình Định",[],["SEAPORT"]),("PYN","Phú Yên",[],[]),("KHA","Khánh Hòa",[],["AIRPORT","SEAPORT"]),
 ("NTN","Ninh Thuận",[],[]),("BTN","Bình Thuận",[],[]),("LDG","Lâm Đồng",[],[]),("BDG","Bình Dương",[],[]),("DNI","Đồng Nai",[],[]),
 ("BRV","Bà Rịa - Vũng Tàu",[],["SEAPORT"]),("TGG","Tiền Giang",[],[]),("BTE","Bến Tre",[],[]),("TVH","Trà Vinh",[],[]),
 ("VLG","Vĩnh Long",[],[]),("HGI","Hậu Giang",[],[]),("STG","Sóc Trăng",[],[]),("BLU","Bạc Liêu",[],[]),("CMU","Cà Mau",[],[]),
]
NO_DOFA = {"BKN", "HNM", "HGI", "NTN", "KGG"}  # synthetic: a few provinces without a Department of Foreign Affairs

# Host countries of the embassies and their Vietnamese names, as the missions' own names use them.
EMBASSIES = [("CN","Trung Quốc"),("JP","Nhật Bản"),("KR","Hàn Quốc"),("US","Hoa Kỳ"),("RU","Liên bang Nga"),("FR","Pháp"),
 ("DE","Đức"),("GB","Vương quốc Anh"),("IN","Ấn Độ"),("AU","Australia"),("LA","Lào"),("KH","Campuchia"),("TH","Thái Lan"),
 ("SG","Singapore"),("MY","Malaysia"),("ID","Indonesia"),("PH","Philippines"),("MM","Myanmar"),("BN","Brunei"),
 ("TL","Timor-Leste"),("CA","Canada"),("IT","Italy"),("ES","Tây Ban Nha"),("NL","Hà Lan"),("BE","Bỉ"),("CH","Thụy Sĩ"),
 ("AT","Áo"),("SE","Thụy Điển"),("NO","Na Uy"),("DK","Đan Mạch"),("FI","Phần Lan"),("PL","Ba Lan"),("CZ","Séc"),
 ("HU","Hungary"),("RO","Romania"),("BG","Bulgaria"),("UA","Ukraine"),("BY","Belarus"),("KZ","Kazakhstan"),
 ("UZ","Uzbekistan"),("TR","Thổ Nhĩ Kỳ"),("IL","Israel"),("EG","Ai Cập"),("SA","Ả Rập Xê-út"),
 ("AE","Các Tiểu vương quốc Ả Rập Thống nhất"),("KW","Kuwait"),("QA","Qatar"),("IR","Iran"),("IQ","Iraq"),
 ("PK","Pakistan"),("BD","Bangladesh"),("LK","Sri Lanka"),("NZ","New Zealand"),("BR","Brazil"),("AR","Argentina"),
 ("CL","Chile"),("MX","Mexico"),("VE","Venezuela"),("CU","Cuba"),("PE","Peru"),("ZA","Nam Phi"),("NG","Nigeria"),
 ("AO","Angola"),("MZ","Mozambique"),("TZ","Tanzania"),("DZ","Algeria"),("MA","Maroc"),("LY","Libya"),
 ("KP","Triều Tiên"),("MN","Mông Cổ"),("GR","Hy Lạp"),("PT","Bồ Đào Nha"),("IE","Ireland"),("SK","Slovakia")]
CONSULATES = [("CN","Quảng Châu"),("CN","Côn Minh"),("CN","Nam Ninh"),("CN","Hồng Kông"),("CN","Thượng Hải"),("JP","Osaka"),("JP","Fukuoka"),
 ("KR","Busan"),("US","San Francisco"),("US","Houston"),("RU","Vladivostok"),("LA","Luang Prabang"),("LA","Pakse"),("KH","Battambang"),
 ("KH","Sihanoukville"),("TH","Khon Kaen"),("AU","Sydney"),("DE","Frankfurt"),("FR","Marseille")]
PERMANENT = [("US","New York (LHQ)"),("CH","Geneva"),("ID","Jakarta (ASEAN)")]
NAMES = ["Nguyễn Văn An","Trần Thị Bình","Lê Minh Châu","Phạm Quốc Dũng","Hoàng Thị Hà","Vũ Đức Hải","Đặng Thu Hằng","Bùi Văn Hùng",
 "Đỗ Thị Lan","Ngô Quang Minh","Dương Thị Ngọc","Lý Văn Phúc","Mai Thị Quỳnh","Trịnh Văn Sơn","Phan Thị Thảo","Võ Văn Tuấn"]

def iso(d): return d.isoformat() if d else None
def clean(o):
    if isinstance(o, dict): return {k: clean(v) for k, v in o.items() if v is not None}
    if isinstance(o, list): return [clean(v) for v in o]
    return o
def day(start, end): return start + dt.timedelta(days=R.randrange((end - start).days + 1))
def distinct(names):
    """People are told apart by name within a province: a name drawn twice is replaced by the next free one."""
    out = []
    for n in names:
        while n in out: n = NAMES[(NAMES.index(n) + 1) % len(NAMES)]
        out.append(n)
    return out
TASKS = ["Tổ chức hội nghị xúc tiến đầu tư với các đối tác nước ngoài", "Hỗ trợ doanh nghiệp địa phương kết nối thị trường nước ngoài",
         "Tập huấn kiến thức đối ngoại cho cán bộ địa phương", "Quảng bá du lịch, văn hóa địa phương ở nước ngoài",
         "Xây dựng danh mục dự án kêu gọi đầu tư nước ngoài"]
REPORT_TITLES = {(2024, 6, 15): "Báo cáo công tác đối ngoại 6 tháng đầu năm 2024", (2024, 12, 15): "Báo cáo công tác đối ngoại năm 2024",
                 (2024, 1, 31): "Báo cáo tình hình ký kết và thực hiện thỏa thuận quốc tế năm 2023"}

missions = []
def mission(mid, name, mtype, country, last_training=D(2024, 11, 30)):
    big = R.random() < 0.45
    n = R.randint(7, 25) if big else R.randint(2, 6)
    m = {"id": mid, "name": name, "type": mtype, "hostCountry": country, "diplomatCount": n,
         "headOfMission": {"name": R.choice(NAMES), "directsEconomicWork": R.random() > 0.06},
         "economicOfficers": [], "website": None}
    if not big or R.random() < 0.5:
        if R.random() > 0.08:
            m["economicOfficers"] = [{"name": R.choice(NAMES), "lastEconomicTrainingOn":
                                      iso(day(D(2019, 1, 1), last_training)) if R.random() > 0.05 else None}]
    if big and R.random() > 0.08:
        secs = ["COMMERCE", "LABOUR", "INVESTMENT"]
        if R.random() < 0.2: secs.remove(R.choice(secs))
        m["economicTeam"] = {"establishedOn": iso(day(D(2008, 6, 1), D(2015, 12, 31))), "sections": secs}
    if R.random() > 0.05:
        m["website"] = {"url": "https://vnembassy-" + mid.lower() + ".example", "unifiedContent": R.random() > 0.15}
    missions.append(m)

for c, country in EMBASSIES: mission("EMB-" + c, "Đại sứ quán Việt Nam tại " + country, "EMBASSY", c)
for i, (c, city) in enumerate(CONSULATES): mission("CG-%s-%d" % (c, i), "Tổng Lãnh sự quán Việt Nam tại " + city, "CONSULATE_GENERAL", c)
for i, (c, city) in enumerate(PERMANENT): mission("PM-%s-%d" % (c, i), "Phái đoàn thường trực Việt Nam tại " + city, "PERMANENT_MISSION", c)
mission_countries = sorted({m["hostCountry"] for m in missions})

provinces, plans, delegations, agreements, visits, programmes, reports = [], [], [], [], [], [], []
ALL_SECTIONS = ["ECONOMIC_DIPLOMACY","INVESTMENT_CALL_LIST","CENTRAL_SUPPORT_REQUESTS","LOCAL_PROMOTION","PEOPLE_TO_PEOPLE",
                "CULTURAL_DIPLOMACY","OVERSEAS_VIETNAMESE","EXTERNAL_INFORMATION","DIGITAL_TRANSFORMATION"]
REPORT_DUES = [("PERIODIC", D(2024, 6, 15)), ("PERIODIC", D(2024, 12, 15)), ("AGREEMENTS_ANNUAL", D(2024, 1, 31))]

def province_year(R, pid, name, borders, gates, year, as_of, out, active=None, leaders=None, plan=True,
                  report_dues=REPORT_DUES, visits_from=None, extra=None):
    """One province's facts of a plan year, into out (a dict of lists). active: the days it existed that year
    (default: the whole year); leaders: its leaders, for a province that took over another's (default: drawn)."""
    start, end = active or (D(year, 1, 15), D(year, 12, 20))
    out["provinces"].append({"id": pid, "name": name, "hasForeignAffairsDepartment": pid not in NO_DOFA,
                             "borderCountries": borders, "internationalGateways": gates, **(extra or {})})
    if leaders is None:
        leaders = [{"name": name, "keyLeader": key, "centrallyManaged": central}
                   for name, key, central in zip(distinct([R.choice(NAMES) for _ in range(3)]),
                                                 [True, True, False], [True, False, False])]
    dels = []
    for k in range(R.randint(2, 6)):
        dep = day(start, end)
        ret = dep + dt.timedelta(days=R.randint(3, 9))
        members = [R.choice(leaders)]
        if R.random() < 0.5: members.append(leaders[2] if members[0] is not leaders[2] else leaders[1])
        if R.random() < 0.05 and leaders[0] not in members: members.append(leaders[0]); members.append(leaders[1])
        members = list({m["name"]: m for m in members}.values())
        dest = R.choice(mission_countries if R.random() < 0.8 else ["FJ", "IS", "BO"])
        rep = ret + dt.timedelta(days=R.randint(3, 14) if R.random() > 0.2 else R.randint(16, 40))
        d = {"id": "%s-D%d" % (pid, k + 1), "provinceId": pid, "destinationCountry": dest, "members": members,
             "leaderName": members[0]["name"], "hostPartner": None if R.random() < 0.07 else "Đối tác " + dest,
             "programmeItems": R.randint(0, 6) if R.random() < 0.1 else R.randint(2, 8),
             "approvedOn": iso(dep - dt.timedelta(days=R.randint(5, 40))) if R.random() > 0.05 else None,
             "departedOn": iso(dep), "returnedOn": iso(ret),
             "missionInformedOn": iso(dep - dt.timedelta(days=R.randint(3, 20))) if R.random() > 0.1 else None,
             "reportSubmittedOn": iso(rep) if R.random() > 0.1 and rep <= as_of else None}
        dels.append(d)
    out["delegations"].extend(dels)
    deadline = D(year - 1, 11, 15)
    if plan and R.random() > 0.04:
        sub = deadline - dt.timedelta(days=R.randint(0, 30)) if R.random() > 0.15 else deadline + dt.timedelta(days=R.randint(1, 45))
        secs = [s for s in ALL_SECTIONS if R.random() > (0.1 if s in ALL_SECTIONS[:5] else 0.5)]
        if borders and R.random() > 0.15: secs.append("BORDER_AFFAIRS")
        out["annualPlans"].append({"id": pid + "-" + str(year), "provinceId": pid, "year": year, "submittedOn": iso(sub),
                                   "sections": secs, "plannedDelegationIds": [d["id"] for d in dels if R.random() > 0.15]})
    for k in range(R.randint(0, 3)):
        signed = day(max(start, D(year - 3, 6, 1)), min(end, D(year, 11, 30))) if active else day(D(year - 3, 6, 1), D(year, 11, 30))
        acts = [{"on": iso(day(signed, as_of)), "description": "Hoạt động triển khai"} for _ in range(R.randint(0, 3))]
        out["agreements"].append({"id": "%s-A%d" % (pid, k + 1), "provinceId": pid, "partner": "Đối tác quốc tế %d" % (k + 1),
                           "partnerCountry": R.choice(mission_countries), "signedOn": iso(signed),
                           "mofaOpinionOn": iso(signed - dt.timedelta(days=R.randint(-3, 30))) if R.random() > 0.05 else None,
                           "reportedOn": iso(signed + dt.timedelta(days=R.randint(2, 14) if R.random() > 0.15 else R.randint(16, 50))) if R.random() > 0.08 else None,
                           "activities": acts})
    if R.random() < 0.45:
        visited = day(visits_from or D(year - 1, 6, 1), D(year, 11, 1))
        cp = None
        if R.random() > 0.15:
            cp = "CP-" + pid
            tasks = [{"id": "%s-T%d" % (cp, t + 1), "description": TASKS[t],
                      "dueOn": iso(day(visited, D(year + 1, 6, 30))) if R.random() > 0.07 else None,
                      "completedOn": None} for t in range(R.randint(0, 5) if R.random() < 0.1 else R.randint(2, 5))]
            for t in tasks:
                if t["dueOn"] and R.random() > 0.3 and D.fromisoformat(t["dueOn"]) <= as_of:
                    t["completedOn"] = t["dueOn"]
            out["cooperationProgrammes"].append({"id": cp, "provinceId": pid, "issuedOn": iso(visited + dt.timedelta(days=R.randint(5, 45))),
                               "monitoringMechanism": "Giao ban hằng quý" if R.random() > 0.1 else None, "tasks": tasks})
        out["workingVisits"].append({"id": "WV-" + pid, "provinceId": pid, "visitedOn": iso(visited),
                       "conclusionIssuedOn": iso(visited + dt.timedelta(days=R.randint(3, 40))) if R.random() > 0.1 else None,
                       "cooperationProgrammeId": cp})
    for k, (kind, due) in enumerate(report_dues):
        late = R.random()
        sub = due - dt.timedelta(days=R.randint(0, 10)) if late > 0.2 else (due + dt.timedelta(days=R.randint(1, 20)) if late > 0.05 else None)
        out["reports"].append({"id": "%s-R%d" % (pid, k + 1), "authorType": "PROVINCE", "authorId": pid, "kind": kind,
                        "title": REPORT_TITLES[(due.year, due.month, due.day)], "dueOn": iso(due), "submittedOn": iso(sub)})
    return leaders

facts_2024 = {"provinces": provinces, "annualPlans": plans, "delegations": delegations, "agreements": agreements,
              "workingVisits": visits, "cooperationProgrammes": programmes, "reports": reports}
for pid, name, borders, gates in PROVINCES:
    province_year(R, pid, name, borders, gates, 2024, AS_OF, facts_2024)

coordination = []
for i, p in enumerate(["PLANNING_INVESTMENT", "TRADE", "LABOUR", "TOURISM", "AGRICULTURE", "SCIENCE_TECHNOLOGY", "VCCI"]):
    coordination.append({"id": "CA-" + p, "partner": p, "signedOn": iso(D(2008, 5, 1) + dt.timedelta(days=40 * i)),
                         "focalAgency": None if p == "TOURISM" else "Vụ Tổng hợp kinh tế",
                         "responsibilities": [] if p == "VCCI" else ["Chia sẻ thông tin hằng quý"]})
for m in missions[:60:3]:
    reports.append({"id": "R-" + m["id"], "authorType": "MISSION", "authorId": m["id"], "kind": "PERIODIC",
                    "title": "Báo cáo công tác 6 tháng đầu năm 2024", "dueOn": "2024-07-15",
                    "submittedOn": "2024-07-10" if R.random() > 0.2 else "2024-07-25"})

# "$schema" lets IntelliJ and VS Code validate and complete the file while someone edits it (docs/dossier-format.md).
SCHEMA = "core/src/main/resources/org/ngoaivu/schema/dossier.schema.json"
dossier = {"$schema": "../../" + SCHEMA, "schemaVersion": 1, "asOf": iso(AS_OF), "planYear": 2024, "missions": missions, "provinces": provinces,
           "annualPlans": plans, "delegations": delegations, "agreements": agreements,
           "coordinationAgreements": coordination, "workingVisits": visits, "cooperationProgrammes": programmes,
           "reports": reports}
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "national-sample-2024.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump(clean(dossier), f, ensure_ascii=False, indent=1)
    f.write("\n")
print(out, len(provinces), "provinces", len(missions), "missions", len(delegations), "delegations")

# Small dossiers per rule area, cut from the national sample: a few subjects each, references kept whole.
areas_dir = os.path.join(os.path.dirname(out), "areas")
os.makedirs(areas_dir, exist_ok=True)
few = [p["id"] for p in provinces[:6]] + ["LCI", "DBN", "KTM"]
def for_provinces(key): return [x for x in dossier[key] if x.get("provinceId") in few]
base = {"$schema": "../../../" + SCHEMA, "schemaVersion": 1, "asOf": iso(AS_OF), "planYear": 2024}
AREAS = {
    "mission": {"missions": missions[:12], "reports": [r for r in reports if r["authorId"] in {m["id"] for m in missions[:12]}]},
    "coordination": {"coordinationAgreements": coordination},
    "province": {"provinces": [p for p in provinces if p["id"] in few], "annualPlans": for_provinces("annualPlans")},
    "delegation": {"missions": missions, "provinces": [p for p in provinces if p["id"] in few],
                   "annualPlans": for_provinces("annualPlans"), "delegations": for_provinces("delegations")},
    "agreement": {"provinces": [p for p in provinces if p["id"] in few], "agreements": for_provinces("agreements")},
    "cooperation": {"provinces": provinces, "workingVisits": visits, "cooperationProgrammes": programmes},
    "report": {"provinces": [p for p in provinces if p["id"] in few],
               "reports": [r for r in reports if r["authorId"] in few]},
}
for area, parts in AREAS.items():
    with open(os.path.join(areas_dir, area + ".json"), "w", encoding="utf-8") as f:
        json.dump(clean({**base, **parts}), f, ensure_ascii=False, indent=1)
        f.write("\n")

# ---------------------------------------------------------------------------------------------------------------
# Since 1 July 2025 (Nghị quyết 202/2025/QH15 on the arrangement of provincial-level administrative units): 34
# provinces and centrally-run cities. 11 did not change; 23 were formed from the 52 others. Each new one takes the
# name of one of those merged into it; its land borders are theirs together (China, Laos, Cambodia).
UNCHANGED = ["HNI", "TTH", "LCU", "DBN", "SLA", "LSN", "QNH", "THA", "NAN", "HTH", "CBG"]
NAMES_SINCE_2025 = {"TTH": "Huế"}   # Thừa Thiên Huế became the centrally-run city of Huế on 1 January 2025
# (new id, name, the provinces merged into it)
MERGED = [
 ("TQU", "Tuyên Quang", ["TQG", "HGG"]), ("LCA", "Lào Cai", ["LCI", "YBI"]), ("TNG", "Thái Nguyên", ["TNN", "BKN"]),
 ("PTH", "Phú Thọ", ["PTO", "VPC", "HBH"]), ("BNI", "Bắc Ninh", ["BNH", "BGG"]), ("HYE", "Hưng Yên", ["HYN", "TBH"]),
 ("HPH", "Hải Phòng", ["HPG", "HDG"]), ("NBI", "Ninh Bình", ["NBH", "HNM", "NDH"]), ("QTR", "Quảng Trị", ["QTI", "QBH"]),
 ("DNA", "Đà Nẵng", ["DNG", "QNM"]), ("QNG", "Quảng Ngãi", ["QNI", "KTM"]), ("GLA", "Gia Lai", ["GLI", "BDH"]),
 ("KHO", "Khánh Hòa", ["KHA", "NTN"]), ("LDO", "Lâm Đồng", ["LDG", "DNO", "BTN"]), ("DLA", "Đắk Lắk", ["DLK", "PYN"]),
 ("HCMC", "Thành phố Hồ Chí Minh", ["HCM", "BDG", "BRV"]), ("DNAI", "Đồng Nai", ["DNI", "BPC"]),
 ("TNI", "Tây Ninh", ["TNH", "LAN"]), ("CTH", "Cần Thơ", ["CTO", "STG", "HGI"]), ("VLO", "Vĩnh Long", ["VLG", "BTE", "TVH"]),
 ("DTH", "Đồng Tháp", ["DTP", "TGG"]), ("CMA", "Cà Mau", ["CMU", "BLU"]), ("AGI", "An Giang", ["AGG", "KGG"]),
]
MERGER = D(2025, 7, 1)
OLD = {pid: (name, borders, gates) for pid, name, borders, gates in PROVINCES}
assert len(UNCHANGED) + len(MERGED) == 34 and len(UNCHANGED) + sum(len(m[2]) for m in MERGED) == 63
assert sorted(UNCHANGED + [o for m in MERGED for o in m[2]]) == sorted(OLD)
def union(lists): return sorted({x for l in lists for x in l})
PROVINCES_SINCE_2025 = ([(pid, NAMES_SINCE_2025.get(pid, OLD[pid][0]), OLD[pid][1], OLD[pid][2]) for pid in UNCHANGED]
                        + [(nid, name, union(OLD[o][1] for o in olds), union(OLD[o][2] for o in olds)) for nid, name, olds in MERGED])
NO_DOFA.update({"TNG", "NBI", "CTH"})   # synthetic, as for 2024: the successors of provinces that had none
REPORT_TITLES.update({(y, 6, 15): "Báo cáo công tác đối ngoại 6 tháng đầu năm %d" % y for y in (2025, 2026)})
REPORT_TITLES.update({(y, 12, 15): "Báo cáo công tác đối ngoại năm %d" % y for y in (2025, 2026)})
REPORT_TITLES.update({(y, 1, 31): "Báo cáo tình hình ký kết và thực hiện thỏa thuận quốc tế năm %d" % (y - 1) for y in (2025, 2026)})
def dues(year): return [("PERIODIC", D(year, 6, 15)), ("PERIODIC", D(year, 12, 15)), ("AGREEMENTS_ANNUAL", D(year, 1, 31))]
def empty(): return {k: [] for k in ["provinces", "annualPlans", "delegations", "agreements", "workingVisits",
                                     "cooperationProgrammes", "reports"]}
def national(R, year, as_of, facts):
    """Missions and coordination agreements around the provinces' facts, with $schema (the dossier has no field for
    a note: that it is synthetic is said here and in README.md)."""
    global missions
    missions = []
    for c, country in EMBASSIES: mission("EMB-" + c, "Đại sứ quán Việt Nam tại " + country, "EMBASSY", c, D(year, 5, 31))
    for i, (c, city) in enumerate(CONSULATES): mission("CG-%s-%d" % (c, i), "Tổng Lãnh sự quán Việt Nam tại " + city, "CONSULATE_GENERAL", c, D(year, 5, 31))
    for i, (c, city) in enumerate(PERMANENT): mission("PM-%s-%d" % (c, i), "Phái đoàn thường trực Việt Nam tại " + city, "PERMANENT_MISSION", c, D(year, 5, 31))
    coordination = [dict(c) for c in COORDINATION]
    mission_reports = [{"id": "R-" + m["id"], "authorType": "MISSION", "authorId": m["id"], "kind": "PERIODIC",
                        "title": "Báo cáo công tác 6 tháng đầu năm %d" % year, "dueOn": "%d-07-15" % year,
                        "submittedOn": "%d-07-10" % year if R.random() > 0.2 else "%d-07-25" % year} for m in missions[:60:3]]
    return {"$schema": "../../" + SCHEMA, "schemaVersion": 1, "asOf": iso(as_of), "planYear": year,
            "missions": missions, **{k: v for k, v in facts.items() if k != "reports"},
            "coordinationAgreements": coordination, "reports": facts["reports"] + mission_reports}
def snapshot(dossier, as_of):
    """The dossier as it stood on as_of: what happened later is not known yet (dueOn stays: it is a date owed)."""
    def cut(o):
        if isinstance(o, list):
            return [cut(x) for x in o if not (isinstance(x, dict) and any(
                k in x and x[k] and D.fromisoformat(x[k]) > as_of for k in ("signedOn", "visitedOn", "on")))]
        if isinstance(o, dict):
            return {k: (None if isinstance(v, str) and k.endswith("On") and k not in ("dueOn", "establishedOn", "dissolvedOn")
                        and len(v) == 10 and v[4] == "-" and D.fromisoformat(v) > as_of else cut(v)) for k, v in o.items()}
        return o
    out = cut(dossier)
    out["asOf"] = iso(as_of)
    return out
def write(name, dossier):
    with open(os.path.join(os.path.dirname(out), name), "w", encoding="utf-8") as f:
        json.dump(clean(dossier), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(name, len(dossier["provinces"]), "provinces", len(dossier["missions"]), "missions",
          len(dossier["delegations"]), "delegations")
COORDINATION = coordination

# 2025: the first half-year under the 63, the second under the 34.
R25 = random.Random(2025)
facts = empty()
for pid, name, borders, gates in PROVINCES:
    if pid in UNCHANGED:
        province_year(R25, pid, NAMES_SINCE_2025.get(pid, name), borders, gates, 2025, D(2025, 12, 31), facts,
                      report_dues=dues(2025))
    else:
        successor = next(nid for nid, _, olds in MERGED if pid in olds)
        province_year(R25, pid, name, borders, gates, 2025, D(2025, 12, 31), facts, active=(D(2025, 1, 10), D(2025, 6, 20)),
                      report_dues=dues(2025)[::2], visits_from=D(2024, 6, 1),
                      extra={"dissolvedOn": iso(MERGER), "successorId": successor})
for nid, name, olds in MERGED:
    # The new province's leaders are those of the first province merged into it: their trips of the year count together.
    seat = next(d for d in facts["delegations"] if d["provinceId"] == olds[0])["members"]
    leaders = [{"name": m["name"], "keyLeader": True, "centrallyManaged": i == 0} for i, m in enumerate(seat)]
    leaders += [{"name": n, "keyLeader": k, "centrallyManaged": False} for n, k in
                zip(distinct([R25.choice(NAMES) for _ in range(3)]), [True, False, False])]
    leaders = list({l["name"]: l for l in leaders}.values())[:3]
    borders = union(OLD[o][1] for o in olds)
    province_year(R25, nid, name, borders, union(OLD[o][2] for o in olds), 2025, D(2025, 12, 31), facts,
                  active=(D(2025, 7, 5), D(2025, 12, 10)), leaders=leaders, plan=False, report_dues=dues(2025)[1:2],
                  visits_from=MERGER, extra={"establishedOn": iso(MERGER)})
write("national-sample-2025.json", national(R25, 2025, D(2025, 12, 31), facts))

# 2026: the 34, two snapshots of the same year.
R26 = random.Random(2026)
facts = empty()
for pid, name, borders, gates in PROVINCES_SINCE_2025:
    province_year(R26, pid, name, borders, gates, 2026, D(2026, 12, 31), facts, report_dues=dues(2026),
                  visits_from=MERGER)
# Facts the waivers example is about: Huế sent its plan late, Lạng Sơn's leader went abroad three times.
plan_hue = next(p for p in facts["annualPlans"] if p["provinceId"] == "TTH")
plan_hue["submittedOn"] = "2025-12-05"
lsn = [d for d in facts["delegations"] if d["provinceId"] == "LSN"]
for d, month in zip(lsn[:3], (2, 4, 5)):
    d["departedOn"], d["returnedOn"] = "2026-%02d-10" % month, "2026-%02d-16" % month
    d["members"][0] = {"name": "Hoàng Văn Em", "keyLeader": True, "centrallyManaged": False}
    d["leaderName"] = "Hoàng Văn Em"
    d["approvedOn"], d["missionInformedOn"] = "2026-%02d-01" % month, "2026-%02d-03" % month
full = national(R26, 2026, D(2026, 11, 30), facts)
for as_of in (D(2026, 6, 30), D(2026, 11, 30)):
    s = snapshot(full, as_of)
    write("national-sample-2026-%s.json" % as_of.strftime("%m-%d"), s)
waivers = {"$schema": "../../core/src/main/resources/org/ngoaivu/schema/waivers.schema.json", "waivers": [
    {"ruleId": "delegation-leader-trip-limit", "subject": {"type": "LEADER", "id": "LSN/Hoàng Văn Em"},
     "reason": "Chuyến công tác thứ ba do công việc thật cần thiết (đàm phán mở cửa khẩu), được cấp có thẩm quyền cho phép",
     "approvedBy": "Thủ tướng Chính phủ", "approvedOn": "2026-04-20", "expiresOn": "2026-12-31"},
    {"ruleId": "annual-plan-late", "subject": {"type": "ANNUAL_PLAN", "id": "TTH-2026"},
     "reason": "Thành phố Huế gửi Kế hoạch muộn do điều chỉnh nhiệm vụ sau khi sắp xếp đơn vị hành chính",
     "approvedBy": "Bộ trưởng Bộ Ngoại giao", "approvedOn": "2025-12-10", "expiresOn": "2026-09-30"},
    {"ruleId": "annual-plan-missing", "subject": {"type": "PROVINCE", "id": "HNI"},
     "reason": "Miễn trừ cấp trước khi Hà Nội gửi Kế hoạch; nay không còn cần thiết",
     "approvedBy": "Bộ trưởng Bộ Ngoại giao", "approvedOn": "2025-11-20"}]}
with open(os.path.join(os.path.dirname(out), "waivers-2026.json"), "w", encoding="utf-8") as f:
    json.dump(waivers, f, ensure_ascii=False, indent=1)
    f.write("\n")
