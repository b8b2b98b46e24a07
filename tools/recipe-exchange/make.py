#!/usr/bin/env python3
"""Adds the exchange's reference lists, sample member organisations and sample listings to the default recipe.

Reads ../shared/data (provinces, TRL, transfer types) and writes content-recipes/default.json in place:
the taxonomies step gets "province", "trl" and "transfer-type"; a "users" step and a "listings" step are
added (or replaced). Run again after editing the tables below; the recipe stays idempotent.
"""
import csv, json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "..", "shared", "data")
RECIPE = os.path.join(ROOT, "content-recipes", "default.json")

def rows(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return list(csv.DictReader(f))

taxonomies = {
    "province": [dict(slug=r["code"], name=r["name_vi"], **({"aliases": r["merged_from"]} if r["merged_from"] else {})) for r in rows("provinces.csv")],
    "trl": [dict(slug=r["level"], name=r["name_vi"], nameEn=r["name_en"]) for r in rows("trl.csv")],
    "transfer-type": [dict(slug=r["code"], name=r["name_vi"], nameEn=r["name_en"]) for r in rows("transfer-types.csv")],
}

members = [
    ("vien-nong-nghiep@mau.vn", "Viện Nghiên cứu Nông nghiệp miền Trung (mẫu)", "Nguyễn Văn An"),
    ("dai-hoc-ky-thuat@mau.vn", "Trường Đại học Kỹ thuật Đà Nẵng (mẫu)", "Trần Thị Bình"),
    ("htx-vai-thieu@mau.vn", "Hợp tác xã Vải thiều Lục Ngạn (mẫu)", "Lê Văn Cường"),
    ("cong-ty-co-khi@mau.vn", "Công ty TNHH Cơ khí chính xác Hòa Khánh (mẫu)", "Phạm Minh Đức"),
    ("trung-tam-duoc-lieu@mau.vn", "Trung tâm Dược liệu Ngọc Linh (mẫu)", "Võ Thị Hoa"),
    ("doanh-nghiep-thuy-san@mau.vn", "Công ty Cổ phần Thủy sản Hội An (mẫu)", "Đặng Quốc Khánh"),
]

# kind, owner index, title, primary field, secondary, TRL, province, keywords, transfer types, price mode, amount, ip, legal
L = [
 ("offer",0,"Công nghệ sấy nông sản bằng năng lượng mặt trời kết hợp bơm nhiệt","211",["401"],7,"48","sấy; nông sản; năng lượng mặt trời; bơm nhiệt","licence-non-exclusive;technical-service","negotiable",None,"utility-solution","encouraged"),
 ("offer",0,"Quy trình nhân giống sâm Ngọc Linh bằng nuôi cấy mô","406",["304"],6,"48","sâm Ngọc Linh; nuôi cấy mô; dược liệu","licence-exclusive;training","fixed",850000000,"know-how","encouraged"),
 ("offer",2,"Kỹ thuật bảo quản vải thiều tươi bằng màng bao ăn được","211",["401"],7,"24","vải thiều; bảo quản; màng bao; xuất khẩu","licence-non-exclusive;training","fixed",120000000,"patent-pending","unlisted"),
 ("offer",1,"Hệ thống tưới nhỏ giọt thông minh điều khiển qua điện thoại","202",["401"],8,"48","IoT; tưới nhỏ giọt; cảm biến độ ẩm; nông nghiệp thông minh","equipment-with-technology;technical-service","fixed",45000000,"utility-solution","encouraged"),
 ("offer",1,"Phần mềm truy xuất nguồn gốc sản phẩm OCOP bằng mã QR","102",["502"],8,"48","truy xuất nguồn gốc; OCOP; mã QR; chuyển đổi số","licence-non-exclusive;technical-service","negotiable",None,"copyright","unlisted"),
 ("offer",3,"Máy bóc vỏ hạt điều tự động năng suất 500 kg/giờ","203",["211"],8,"48","hạt điều; bóc vỏ; cơ khí nông nghiệp","equipment-with-technology;training","fixed",380000000,"utility-solution","unlisted"),
 ("offer",4,"Chế phẩm vi sinh xử lý phụ phẩm nông nghiệp thành phân hữu cơ","208",["401"],7,"51","vi sinh; phân hữu cơ; phụ phẩm nông nghiệp; rơm rạ","licence-non-exclusive;training","fixed",60000000,"patent-granted","encouraged"),
 ("offer",5,"Công nghệ nuôi tôm thẻ chân trắng tuần hoàn nước ít thay nước","405",["207"],7,"48","nuôi tôm; tuần hoàn; thủy sản; xử lý nước","technical-service;training","negotiable",None,"know-how","unlisted"),
 ("offer",0,"Giống lúa chịu mặn ngắn ngày cho vùng ven biển","401",["406"],8,"44","giống lúa; chịu mặn; biến đổi khí hậu","licence-exclusive;assignment","on-request",None,"plant-variety","encouraged"),
 ("offer",1,"Vật liệu nano bạc diệt khuẩn cho lọc nước sinh hoạt","210",["207"],6,"01","nano bạc; lọc nước; diệt khuẩn","licence-non-exclusive;rd-cooperation","negotiable",None,"patent-granted","unlisted"),
 ("offer",3,"Lò đốt rác thải sinh hoạt quy mô xã không dùng nhiên liệu","207",["203"],7,"52","lò đốt rác; rác thải sinh hoạt; môi trường nông thôn","equipment-with-technology;technical-service","fixed",1500000000,"utility-solution","unlisted"),
 ("offer",4,"Quy trình chiết xuất tinh dầu quế đạt tiêu chuẩn dược điển","304",["204"],6,"48","tinh dầu quế; chiết xuất; dược liệu","licence-non-exclusive;capital-contribution","negotiable",None,"know-how","unlisted"),
 ("offer",2,"Mô hình trồng vải thiều theo tiêu chuẩn VietGAP ứng dụng nhật ký điện tử","401",["102"],8,"24","vải thiều; VietGAP; nhật ký điện tử","training;technical-service","free",None,"none","unlisted"),
 ("offer",1,"Thiết bị giám sát chất lượng không khí giá rẻ dùng cảm biến bụi mịn","202",["105"],6,"92","bụi mịn; PM2.5; quan trắc; cảm biến","rd-cooperation;licence-non-exclusive","negotiable",None,"patent-pending","unlisted"),
 ("offer",5,"Công nghệ sản xuất nước mắm ngắn ngày bằng enzyme","211",["209"],7,"56","nước mắm; enzyme; chế biến thủy sản","licence-non-exclusive;technical-service","fixed",250000000,"patent-granted","unlisted"),
 ("offer",0,"Phân bón lá nano vi lượng cho cây ăn quả","401",["210"],5,"66","phân bón lá; vi lượng; cây ăn quả; nano","rd-cooperation","on-request",None,"patent-pending","unlisted"),
 ("offer",3,"Hệ thống năng lượng mặt trời áp mái hòa lưới cho trang trại","202",["402"],9,"68","điện mặt trời; áp mái; trang trại; tiết kiệm năng lượng","equipment-with-technology","fixed",220000000,"none","encouraged"),
 ("offer",4,"Trà túi lọc từ lá đinh lăng và cam thảo","304",["211"],8,"48","đinh lăng; trà thảo dược; OCOP","assignment;licence-exclusive","negotiable",None,"industrial-design","unlisted"),
 ("offer",1,"Nền tảng chatbot tiếng Việt hỏi đáp thủ tục hành chính","102",["508"],7,"48","chatbot; tiếng Việt; thủ tục hành chính; trí tuệ nhân tạo","licence-non-exclusive;technical-service","negotiable",None,"copyright","unlisted"),
 ("offer",5,"Thức ăn viên cho cá lồng từ phụ phẩm chế biến cá tra","405",["402"],7,"92","thức ăn thủy sản; cá lồng; phụ phẩm cá tra","licence-non-exclusive","fixed",90000000,"utility-solution","unlisted"),
 ("demand",2,"Tìm công nghệ sấy vải thiều giữ màu đỏ tự nhiên","211",["401"],None,"24","sấy vải; giữ màu; vải thiều sấy khô","licence-non-exclusive;technical-service","negotiable",500000000,"none","unlisted"),
 ("demand",5,"Cần giải pháp xử lý nước thải chế biến thủy sản đạt cột A","207",["405"],None,"48","nước thải; thủy sản; xử lý nước thải; QCVN","equipment-with-technology;technical-service","negotiable",2000000000,"none","unlisted"),
 ("demand",4,"Tìm thiết bị chiết xuất dược liệu bằng CO2 siêu tới hạn quy mô pilot","304",["204"],None,"48","CO2 siêu tới hạn; chiết xuất; dược liệu","equipment-with-technology;training","negotiable",3000000000,"none","unlisted"),
 ("demand",0,"Tìm đối tác hợp tác nghiên cứu giống ngô chịu hạn","401",["406"],None,"38","giống ngô; chịu hạn; hợp tác nghiên cứu","rd-cooperation","on-request",None,"none","unlisted"),
 ("demand",3,"Cần dây chuyền sơn tĩnh điện tự động cho xưởng cơ khí","203",["205"],None,"48","sơn tĩnh điện; dây chuyền; cơ khí","equipment-with-technology;training","fixed",1200000000,"none","unlisted"),
 ("demand",1,"Tìm giải pháp phần mềm quản lý phòng thí nghiệm theo ISO 17025","102",["299"],None,"79","quản lý phòng thí nghiệm; ISO 17025; phần mềm","licence-non-exclusive;technical-service","negotiable",300000000,"none","unlisted"),
 ("demand",2,"Cần công nghệ sản xuất rượu vang vải thiều","211",["209"],None,"24","rượu vang; vải thiều; lên men","licence-non-exclusive;training","negotiable",800000000,"none","unlisted"),
 ("demand",4,"Tìm quy trình trồng dược liệu dưới tán rừng","404",["304"],None,"51","dược liệu; dưới tán rừng; lâm nghiệp","technical-service;training","negotiable",200000000,"none","encouraged"),
 ("demand",5,"Tìm công nghệ bảo quản cá ngừ đại dương trên tàu","405",["211"],None,"56","cá ngừ; bảo quản; tàu cá; đá sệt","equipment-with-technology","negotiable",700000000,"none","unlisted"),
 ("demand",0,"Cần cảm biến đo độ mặn nước tự động cho đồng ruộng","202",["401"],None,"86","độ mặn; cảm biến; xâm nhập mặn","equipment-with-technology","fixed",150000000,"none","unlisted"),
 ("demand",3,"Tìm công nghệ tái chế phế liệu nhựa thành vật liệu xây dựng","205",["207"],None,"31","tái chế nhựa; vật liệu xây dựng; kinh tế tuần hoàn","licence-non-exclusive;capital-contribution","negotiable",None,"none","encouraged"),
 ("demand",1,"Tìm đối tác ứng dụng trí tuệ nhân tạo nhận dạng sâu bệnh lúa","102",["401"],None,"92","trí tuệ nhân tạo; sâu bệnh; lúa; nhận dạng ảnh","rd-cooperation","on-request",None,"none","unlisted"),
 ("demand",2,"Cần kho lạnh năng lượng mặt trời cho hợp tác xã","202",["211"],None,"24","kho lạnh; năng lượng mặt trời; hợp tác xã","equipment-with-technology","negotiable",600000000,"none","unlisted"),
 ("demand",5,"Tìm công nghệ chế biến collagen từ da cá","209",["405"],None,"82","collagen; da cá; phụ phẩm thủy sản","licence-exclusive;capital-contribution","negotiable",None,"none","unlisted"),
 ("equipment",3,"Máy phay CNC 3 trục đã qua sử dụng, còn 80%","203",[],None,"48","máy phay; CNC; gia công cơ khí","equipment-with-technology","fixed",650000000,"none","unlisted"),
 ("equipment",1,"Máy quang phổ hấp thụ nguyên tử cho thuê theo giờ","104",["105"],None,"48","quang phổ; AAS; phân tích kim loại; thuê thiết bị","technical-service","fixed",1500000,"none","unlisted"),
 ("equipment",4,"Hệ thống chưng cất tinh dầu 500 lít bằng thép không gỉ","204",["304"],None,"48","chưng cất; tinh dầu; thép không gỉ","equipment-with-technology;training","fixed",180000000,"none","unlisted"),
 ("equipment",0,"Tủ sấy đối lưu 240 lít cho phòng thí nghiệm","299",["211"],None,"46","tủ sấy; phòng thí nghiệm","equipment-with-technology","fixed",35000000,"none","unlisted"),
 ("equipment",5,"Máy đóng gói hút chân không băng tải cho thủy sản","211",["203"],None,"48","đóng gói; hút chân không; thủy sản","equipment-with-technology","fixed",95000000,"none","unlisted"),
 ("equipment",2,"Máy phân loại quả vải theo kích cỡ bằng camera","203",["102"],None,"24","phân loại quả; camera; vải thiều","equipment-with-technology;training","negotiable",None,"utility-solution","unlisted"),
 ("equipment",1,"Máy in 3D kim loại cho tạo mẫu nhanh, cho thuê","205",["203"],None,"01","in 3D; kim loại; tạo mẫu nhanh","technical-service","on-request",None,"none","unlisted"),
 ("equipment",3,"Thiết bị đo độ ẩm hạt nông sản cầm tay","202",["401"],None,"40","đo độ ẩm; nông sản; cầm tay","equipment-with-technology","fixed",8500000,"none","unlisted"),
]

kinds = {"offer": "CB", "demand": "TM", "equipment": "TB"}
counters = {"offer": 0, "demand": 0, "equipment": 0}
listings = []
for kind, owner, title, field, secondary, trl, province, keywords, transfer, price, amount, ip, legal in L:
    counters[kind] += 1
    member = members[owner]
    if kind == "demand":
        description = (f"{member[1]} cần {title[0].lower() + title[1:]}. Hiện đơn vị đang làm thủ công hoặc bằng thiết bị cũ, "
                       "năng suất thấp và chất lượng không ổn định. Mong muốn tìm đối tác có công nghệ đã kiểm chứng, "
                       "hỗ trợ chuyển giao, đào tạo và bảo hành.")
        advantages = "Giải pháp phù hợp quy mô vừa và nhỏ, chi phí vận hành thấp, có hướng dẫn kỹ thuật bằng tiếng Việt."
        applications = "Đang làm thủ công, phụ thuộc thời tiết và kinh nghiệm người làm."
    else:
        description = (f"{title}. Công nghệ do {member[1]} phát triển và thử nghiệm tại địa phương, "
                       "đã áp dụng ở quy mô sản xuất thử. Hồ sơ gồm quy trình kỹ thuật, bản vẽ, hướng dẫn vận hành "
                       "và kết quả đo kiểm của đơn vị độc lập.")
        advantages = "Giảm chi phí so với giải pháp nhập khẩu, dễ vận hành, linh kiện thay thế sẵn có trong nước."
        applications = "Hợp tác xã, doanh nghiệp nhỏ và vừa, cơ sở sản xuất sản phẩm OCOP."
    item = {
        "code": f"{kinds[kind]}-2026-{counters[kind]:04d}", "kind": kind, "status": "published", "owner": member[0], "sample": True,
        "legalCategory": legal,
        "title": title, "summary": (description[:480]).rsplit(" ", 1)[0] + "…" if len(description) > 480 else description,
        "description": description, "advantages": advantages, "applications": applications,
        "primaryField": field, "secondaryFields": secondary, "keywords": keywords,
        "ipStatus": ip, "transferTypes": transfer.split(";"), "priceMode": price, "provinceCode": province,
        "contactName": member[2], "contactEmail": member[0],
    }
    if trl is not None:
        item["trl"] = trl
        item["trlEvidence"] = "Đã thử nghiệm ở quy mô sản xuất thử, có biên bản nghiệm thu." if trl >= 7 else "Đã thử nghiệm trong phòng thí nghiệm."
    if amount is not None:
        item["priceAmount"] = amount
    if owner == 1 and kind == "offer" and counters[kind] % 2 == 0:
        item["alias"] = "Một trường đại học kỹ thuật tại Đà Nẵng"
    listings.append(item)

with open(RECIPE, encoding="utf-8") as f:
    recipe = json.load(f)
steps = recipe["steps"]
tax = next(s for s in steps if s["name"] == "taxonomies")
tax["taxonomies"] = [t for t in tax["taxonomies"] if t["taxonomy"] not in taxonomies] + [{"taxonomy": k, "terms": v} for k, v in taxonomies.items()]
steps[:] = [s for s in steps if s["name"] not in ("users", "listings")]
# Sample tax codes are of the right form but start 0000 (no real organisation has them); addresses are the members' towns.
towns = ["Thành phố Huế", "Thành phố Đà Nẵng", "Tỉnh Bắc Ninh", "Thành phố Đà Nẵng", "Thành phố Đà Nẵng", "Thành phố Đà Nẵng"]
steps.append({"name": "users", "users": [
    {"email": e, "displayName": p, "organisationName": o, "taxCode": f"000000{i + 1:04d}", "address": f"Số {10 + i} đường mẫu, {towns[i]}", "roles": ["Member"]}
    for i, (e, o, p) in enumerate(members)]})
steps.append({"name": "listings", "listings": listings})
with open(RECIPE, "w", encoding="utf-8") as f:
    json.dump(recipe, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"{len(listings)} listings, {len(members)} members")
