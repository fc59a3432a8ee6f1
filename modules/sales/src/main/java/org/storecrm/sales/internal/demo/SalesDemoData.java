package org.storecrm.sales.internal.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.storecrm.platform.DemoData;
import org.storecrm.sales.Category;
import org.storecrm.sales.LifecyclePhase;
import org.storecrm.sales.PricingRole;
import org.storecrm.sales.internal.catalogue.Product;
import org.storecrm.sales.internal.catalogue.Stock;
import org.storecrm.sales.internal.checkout.LinePricing;

/**
 * A demo catalogue of about 40 products across the categories, in CNY with Chinese names, and stock
 * in both demo stores. The range keeps roughly to the 15/60/25 pricing-role mix.
 */
@ApplicationScoped
public class SalesDemoData implements DemoData {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  private record Item(
      String sku,
      String name,
      String nameZh,
      String brand,
      Category category,
      String price,
      String cost,
      PricingRole role,
      LifecyclePhase phase,
      Integer trafficLimit) {}

  private static final PricingRole T = PricingRole.TRAFFIC;
  private static final PricingRole M = PricingRole.MAINSTREAM;
  private static final PricingRole R = PricingRole.RESOURCE;
  private static final LifecyclePhase NEW = LifecyclePhase.INTRODUCTION;
  private static final LifecyclePhase PLATEAU = LifecyclePhase.PLATEAU;
  private static final LifecyclePhase CLEAR = LifecyclePhase.CLEARANCE;

  private static final List<Item> CATALOGUE =
      List.of(
          item(
              "DT-LEN-M70",
              "Lenovo ThinkCentre M70 desktop",
              "联想 ThinkCentre M70 台式机",
              "Lenovo",
              Category.DESKTOP,
              "3999",
              "3350",
              M,
              PLATEAU),
          item(
              "DT-HP-PRO400",
              "HP Pro 400 desktop",
              "惠普 Pro 400 台式机",
              "HP",
              Category.DESKTOP,
              "4599",
              "3700",
              R,
              PLATEAU),
          item(
              "DT-DELL-V3020",
              "Dell Vostro 3020 desktop",
              "戴尔 成就 3020 台式机",
              "Dell",
              Category.DESKTOP,
              "2999",
              "2750",
              T,
              CLEAR,
              20),
          item(
              "DT-APL-IMAC24",
              "Apple iMac 24-inch M3",
              "苹果 iMac 24 英寸 M3",
              "Apple",
              Category.DESKTOP,
              "10999",
              "9400",
              M,
              PLATEAU),
          item(
              "NB-LEN-X1C12",
              "Lenovo ThinkPad X1 Carbon Gen 12",
              "联想 ThinkPad X1 Carbon 第12代",
              "Lenovo",
              Category.NOTEBOOK,
              "12999",
              "10800",
              R,
              NEW),
          item(
              "NB-LEN-XIAOXIN14",
              "Lenovo Xiaoxin Pro 14",
              "联想 小新 Pro 14 笔记本",
              "Lenovo",
              Category.NOTEBOOK,
              "5499",
              "4650",
              M,
              PLATEAU),
          item(
              "NB-HW-MATEX14",
              "Huawei MateBook X Pro",
              "华为 MateBook X Pro 笔记本",
              "Huawei",
              Category.NOTEBOOK,
              "9999",
              "8300",
              M,
              NEW),
          item(
              "NB-APL-MBA13",
              "Apple MacBook Air 13 M3",
              "苹果 MacBook Air 13 M3",
              "Apple",
              Category.NOTEBOOK,
              "7999",
              "6900",
              M,
              PLATEAU),
          item(
              "NB-ASUS-VIVO15",
              "ASUS Vivobook 15",
              "华硕 无畏 15 笔记本",
              "ASUS",
              Category.NOTEBOOK,
              "3299",
              "3050",
              T,
              PLATEAU,
              30),
          item(
              "NB-DELL-XPS14",
              "Dell XPS 14",
              "戴尔 XPS 14 笔记本",
              "Dell",
              Category.NOTEBOOK,
              "11999",
              "9900",
              R,
              NEW),
          item(
              "PH-HW-P70",
              "Huawei Pura 70",
              "华为 Pura 70 手机",
              "Huawei",
              Category.PHONE,
              "5499",
              "4600",
              M,
              PLATEAU),
          item(
              "PH-APL-IP16",
              "Apple iPhone 16 128GB",
              "苹果 iPhone 16 128GB",
              "Apple",
              Category.PHONE,
              "5999",
              "5200",
              M,
              NEW),
          item(
              "PH-XM-14",
              "Xiaomi 14",
              "小米 14 手机",
              "Xiaomi",
              Category.PHONE,
              "3999",
              "3300",
              R,
              PLATEAU),
          item(
              "PH-RM-NOTE13",
              "Redmi Note 13",
              "红米 Note 13 手机",
              "Xiaomi",
              Category.PHONE,
              "1099",
              "1020",
              T,
              PLATEAU,
              50),
          item(
              "PH-OPPO-RENO12",
              "OPPO Reno12",
              "OPPO Reno12 手机",
              "OPPO",
              Category.PHONE,
              "2699",
              "2200",
              M,
              PLATEAU),
          item(
              "PH-VIVO-X100",
              "vivo X100",
              "vivo X100 手机",
              "vivo",
              Category.PHONE,
              "3999",
              "3450",
              M,
              CLEAR),
          item(
              "TB-APL-IPAD10",
              "Apple iPad 10th gen",
              "苹果 iPad 第十代",
              "Apple",
              Category.TABLET,
              "2999",
              "2500",
              M,
              PLATEAU),
          item(
              "TB-HW-MATEPAD11",
              "Huawei MatePad 11.5",
              "华为 MatePad 11.5 平板",
              "Huawei",
              Category.TABLET,
              "1999",
              "1600",
              R,
              PLATEAU),
          item(
              "TB-XM-PAD6",
              "Xiaomi Pad 6",
              "小米 平板 6",
              "Xiaomi",
              Category.TABLET,
              "1599",
              "1490",
              T,
              CLEAR,
              30),
          item(
              "CM-CANON-R50",
              "Canon EOS R50 kit",
              "佳能 EOS R50 套机",
              "Canon",
              Category.CAMERA,
              "5699",
              "4800",
              M,
              PLATEAU),
          item(
              "CM-SONY-A7C2",
              "Sony Alpha 7C II body",
              "索尼 Alpha 7C II 机身",
              "Sony",
              Category.CAMERA,
              "13999",
              "11600",
              R,
              NEW),
          item(
              "CM-NIKON-Z30",
              "Nikon Z30 kit",
              "尼康 Z30 套机",
              "Nikon",
              Category.CAMERA,
              "4299",
              "3600",
              M,
              PLATEAU),
          item(
              "CM-FUJI-XS20",
              "Fujifilm X-S20 body",
              "富士 X-S20 机身",
              "Fujifilm",
              Category.CAMERA,
              "8999",
              "7500",
              M,
              PLATEAU),
          item(
              "CC-SONY-FDRAX45",
              "Sony FDR-AX45A camcorder",
              "索尼 FDR-AX45A 摄像机",
              "Sony",
              Category.CAMCORDER,
              "6499",
              "5400",
              M,
              PLATEAU),
          item(
              "CC-DJI-POCKET3",
              "DJI Osmo Pocket 3",
              "大疆 Osmo Pocket 3",
              "DJI",
              Category.CAMCORDER,
              "3499",
              "2800",
              R,
              NEW),
          item(
              "CC-PANA-V180",
              "Panasonic HC-V180 camcorder",
              "松下 HC-V180 摄像机",
              "Panasonic",
              Category.CAMCORDER,
              "1499",
              "1400",
              T,
              CLEAR,
              10),
          item(
              "AC-SDXC-128",
              "SanDisk Extreme 128GB SDXC card",
              "闪迪 至尊极速 128GB SD 卡",
              "SanDisk",
              Category.ACCESSORY,
              "199",
              "95",
              R,
              PLATEAU),
          item(
              "AC-BAG-NB15",
              "Notebook bag 15.6-inch",
              "15.6 英寸 笔记本电脑包",
              "Samsonite",
              Category.ACCESSORY,
              "299",
              "130",
              R,
              PLATEAU),
          item(
              "AC-MOUSE-MX3S",
              "Logitech MX Master 3S mouse",
              "罗技 MX Master 3S 鼠标",
              "Logitech",
              Category.ACCESSORY,
              "699",
              "480",
              M,
              PLATEAU),
          item(
              "AC-CASE-IP16",
              "iPhone 16 silicone case",
              "iPhone 16 硅胶保护壳",
              "Apple",
              Category.ACCESSORY,
              "399",
              "180",
              R,
              NEW),
          item(
              "AC-FILM-PH",
              "Tempered screen film",
              "钢化屏幕膜",
              "Benks",
              Category.ACCESSORY,
              "99",
              "25",
              R,
              PLATEAU),
          item(
              "AC-PWR-20K",
              "Anker 20000mAh power bank",
              "安克 20000mAh 充电宝",
              "Anker",
              Category.ACCESSORY,
              "249",
              "150",
              M,
              PLATEAU),
          item(
              "AC-CAM-BAT",
              "Canon LP-E17 spare battery",
              "佳能 LP-E17 原装电池",
              "Canon",
              Category.ACCESSORY,
              "459",
              "300",
              M,
              PLATEAU),
          item(
              "AC-TRIPOD",
              "Travel tripod",
              "旅行三脚架",
              "Manfrotto",
              Category.ACCESSORY,
              "599",
              "380",
              M,
              PLATEAU),
          // Accessories for the attach checklists (配置单) of the bundles module.
          item(
              "AC-SDXC-64",
              "SanDisk Ultra 64GB SDXC card",
              "闪迪 至尊高速 64GB SD 卡",
              "SanDisk",
              Category.ACCESSORY,
              "99",
              "52",
              M,
              PLATEAU),
          item(
              "AC-CAM-BAG",
              "Camera shoulder bag",
              "相机单肩包",
              "Lowepro",
              Category.ACCESSORY,
              "299",
              "150",
              M,
              PLATEAU),
          item(
              "AC-CLEAN-KIT",
              "Lens and screen cleaning kit",
              "镜头屏幕清洁套装",
              "VSGO",
              Category.ACCESSORY,
              "89",
              "35",
              R,
              PLATEAU),
          item(
              "AC-UV-FILTER",
              "UV filter 58 mm",
              "58mm UV 滤镜",
              "B+W",
              Category.ACCESSORY,
              "159",
              "80",
              M,
              PLATEAU),
          item(
              "AC-CARD-READER",
              "USB-C card reader",
              "USB-C 读卡器",
              "Ugreen",
              Category.ACCESSORY,
              "69",
              "30",
              R,
              PLATEAU),
          item(
              "AC-SLEEVE-14",
              "Notebook sleeve 14-inch",
              "14 英寸 笔记本内胆包",
              "Tomtoc",
              Category.ACCESSORY,
              "149",
              "70",
              M,
              PLATEAU),
          item(
              "AC-SSD-1T",
              "Samsung T7 1TB portable SSD",
              "三星 T7 1TB 移动固态硬盘",
              "Samsung",
              Category.ACCESSORY,
              "599",
              "480",
              M,
              PLATEAU),
          item(
              "AC-HEADSET",
              "Logitech H390 USB headset",
              "罗技 H390 USB 耳机",
              "Logitech",
              Category.ACCESSORY,
              "249",
              "150",
              M,
              PLATEAU),
          item(
              "AC-KBM-MK295",
              "Logitech MK295 keyboard and mouse",
              "罗技 MK295 键鼠套装",
              "Logitech",
              Category.ACCESSORY,
              "169",
              "95",
              M,
              PLATEAU),
          item(
              "AC-SPEAKER",
              "Edifier R1080 speakers",
              "漫步者 R1080 音箱",
              "Edifier",
              Category.ACCESSORY,
              "299",
              "190",
              M,
              PLATEAU),
          item(
              "AC-ROUTER-AX3",
              "TP-Link AX3000 router",
              "TP-Link AX3000 路由器",
              "TP-Link",
              Category.ACCESSORY,
              "329",
              "240",
              M,
              PLATEAU),
          item(
              "AC-RAM-16G",
              "Kingston 16GB DDR5 notebook memory",
              "金士顿 16GB DDR5 笔记本内存",
              "Kingston",
              Category.ACCESSORY,
              "399",
              "250",
              R,
              PLATEAU),
          item(
              "AC-WEBCAM-C920",
              "Logitech C920 webcam",
              "罗技 C920 摄像头",
              "Logitech",
              Category.ACCESSORY,
              "399",
              "260",
              M,
              PLATEAU),
          item(
              "AC-DESK-120",
              "Computer desk 120 cm",
              "电脑桌 120 厘米",
              "Pioneer Home",
              Category.ACCESSORY,
              "599",
              "380",
              R,
              PLATEAU),
          item(
              "AC-CHAIR-ERGO",
              "Ergonomic office chair",
              "人体工学办公椅",
              "Pioneer Home",
              Category.ACCESSORY,
              "899",
              "560",
              R,
              PLATEAU),
          item(
              "AC-UPS-650",
              "APC 650VA UPS",
              "APC 650VA 不间断电源",
              "APC",
              Category.ACCESSORY,
              "499",
              "350",
              M,
              PLATEAU),
          item(
              "AC-CASE-IPAD10",
              "iPad 10th gen case",
              "iPad 第十代 保护壳",
              "Apple",
              Category.ACCESSORY,
              "199",
              "90",
              R,
              PLATEAU),
          item(
              "AC-CASE-HWP70",
              "Huawei Pura 70 case",
              "华为 Pura 70 保护壳",
              "Huawei",
              Category.ACCESSORY,
              "129",
              "45",
              R,
              PLATEAU),
          item(
              "SW-MS-O365",
              "Microsoft 365 Personal (1 year)",
              "微软 Microsoft 365 个人版（1年）",
              "Microsoft",
              Category.SOFTWARE,
              "398",
              "300",
              M,
              PLATEAU),
          item(
              "SW-KAV-3PC",
              "Kaspersky Standard 3 devices",
              "卡巴斯基 标准版 3 设备",
              "Kaspersky",
              Category.SOFTWARE,
              "199",
              "110",
              M,
              PLATEAU),
          item(
              "SV-PC-SILVER",
              "Pioneer Care Silver card",
              "先锋关怀 银卡",
              "Pioneer Care",
              Category.SERVICE,
              "299",
              "60",
              M,
              PLATEAU),
          item(
              "SV-PC-GOLD",
              "Pioneer Care Gold card",
              "先锋关怀 金卡",
              "Pioneer Care",
              Category.SERVICE,
              "699",
              "160",
              M,
              PLATEAU),
          item(
              "SV-PC-DIAMOND",
              "Pioneer Care Diamond card",
              "先锋关怀 钻石卡",
              "Pioneer Care",
              Category.SERVICE,
              "1299",
              "300",
              M,
              PLATEAU),
          item(
              "SV-EXT-2Y",
              "2-year hardware extended warranty",
              "2 年硬件延长保修",
              "Pioneer Care",
              Category.SERVICE,
              "499",
              "120",
              R,
              PLATEAU),
          item(
              "SV-PH-SCREEN",
              "Phone screen-break cover",
              "手机碎屏保障",
              "Pioneer Care",
              Category.SERVICE,
              "199",
              "50",
              M,
              PLATEAU),
          item(
              "SV-PH-EXT",
              "Phone extended warranty (1 year)",
              "手机延长保修（1年）",
              "Pioneer Care",
              Category.SERVICE,
              "299",
              "80",
              M,
              PLATEAU),
          item(
              "SV-EXT-1Y",
              "1-year hardware extended warranty",
              "1 年硬件延长保修",
              "Pioneer Care",
              Category.SERVICE,
              "299",
              "70",
              R,
              PLATEAU),
          item(
              "SV-DIG-1Y",
              "Digital 1-year extended warranty",
              "数码产品 1 年延长保修",
              "Pioneer Care",
              Category.SERVICE,
              "199",
              "45",
              M,
              PLATEAU),
          item(
              "SV-BIZ-BLUEGOLD",
              "Pioneer Care Blue-gold card (business, 10 PCs)",
              "先锋关怀 蓝金卡（企业，10 台）",
              "Pioneer Care",
              Category.SERVICE,
              "2999",
              "800",
              R,
              PLATEAU),
          item(
              "SV-BIZ-BLUEDIAMOND",
              "Pioneer Care Blue-diamond card (business, 10 PCs)",
              "先锋关怀 蓝钻卡（企业，10 台）",
              "Pioneer Care",
              Category.SERVICE,
              "6999",
              "1800",
              R,
              PLATEAU));

  @Override
  public String module() {
    return "sales";
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public void seed() {
    // The demo stores by their documented codes (platform demo data), through the platform's
    // seeding helper, since its store API is for signed-in users and seeding runs as the system.
    List<Long> stores = DemoData.storeIds(em, "SH-FLAGSHIP", "CD-PLAZA");
    LocalDate today = LocalDate.now(clock);
    int n = 0;
    for (Item item : CATALOGUE) {
      Product product = new Product(item.sku());
      product.name(item.name(), item.nameZh());
      product.brand(item.brand());
      product.category = item.category();
      product.price = LinePricing.money(new BigDecimal(item.price()));
      product.cost = LinePricing.money(new BigDecimal(item.cost()));
      product.pricingRole = item.role();
      product.phase = item.phase();
      product.launchedOn =
          item.phase() == LifecyclePhase.INTRODUCTION ? today.minusDays(5) : today.minusMonths(8);
      product.trafficLimit = item.trafficLimit();
      em.persist(product);
      n++;
      if (item.category().isStocked()) {
        em.flush();
        for (long store : stores) {
          em.persist(new Stock(product.id, store, 5 + (n * 7) % 20));
        }
      }
    }
  }

  private static Item item(
      String sku,
      String name,
      String nameZh,
      String brand,
      Category category,
      String price,
      String cost,
      PricingRole role,
      LifecyclePhase phase) {
    return new Item(sku, name, nameZh, brand, category, price, cost, role, phase, null);
  }

  private static Item item(
      String sku,
      String name,
      String nameZh,
      String brand,
      Category category,
      String price,
      String cost,
      PricingRole role,
      LifecyclePhase phase,
      Integer trafficLimit) {
    return new Item(sku, name, nameZh, brand, category, price, cost, role, phase, trafficLimit);
  }
}
