package org.storecrm.bundles.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.storecrm.bundles.ChecklistEntryForm;
import org.storecrm.platform.DemoData;
import org.storecrm.sales.Category;
import org.storecrm.sales.DemoProducts;

/**
 * The attach checklists of docs/domain.md ("Attach checklist": camera, notebook, PC, phone and
 * tablet) over the demo catalogue's accessories (the sales demo data), and the gift packs of
 * docs/domain.md ("Gift packs"). The service plans of the checklists (extended warranties,
 * screen-break cover) are offered by the services module's plan advice, which knows their eligible
 * devices and asks for the serial.
 */
@ApplicationScoped
public class BundlesDemoData implements DemoData {
  @PersistenceContext EntityManager em;

  private record Entry(
      String family, String familyZh, String talk, String talkZh, String brand, String... skus) {}

  @Override
  public String module() {
    return "bundles";
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public void seed() {
    checklist(
        Category.CAMERA,
        new Entry(
            "Memory card, 64 GB or more",
            "存储卡（64GB 及以上）",
            "A fast, large card keeps 4K video and bursts from stalling.",
            "高速大容量卡，拍 4K 视频和连拍不卡顿。",
            null,
            "AC-SDXC-128",
            "AC-SDXC-64"),
        new Entry(
            "Camera bag",
            "相机包",
            "Protects the camera and lens on the way home.",
            "出门保护机身和镜头。",
            null,
            "AC-CAM-BAG"),
        new Entry(
            "Original spare battery",
            "原装备用电池",
            "A day out needs a second battery; originals are safe.",
            "外出一整天需要备用电池，原装更安全。",
            "Canon",
            "AC-CAM-BAT"),
        new Entry(
            "Screen film",
            "屏幕贴膜",
            "Keeps the rear screen free of scratches.",
            "防止后屏刮花。",
            null,
            "AC-FILM-PH"),
        new Entry(
            "Tripod", "三脚架", "Sharp night shots and group photos.", "夜景和合影更清晰。", null, "AC-TRIPOD"),
        new Entry(
            "Cleaning kit",
            "清洁套装",
            "Dust on the sensor and lens shows in every photo.",
            "镜头和传感器上的灰尘会出现在每张照片里。",
            null,
            "AC-CLEAN-KIT"),
        new Entry(
            "Lens pen / UV filter",
            "镜头笔 / UV 镜",
            "A cheap filter protects an expensive lens.",
            "便宜的滤镜保护昂贵的镜头。",
            null,
            "AC-UV-FILTER"),
        new Entry(
            "Card reader",
            "读卡器",
            "Copies the photos to a computer or phone in seconds.",
            "几秒钟把照片拷到电脑或手机。",
            null,
            "AC-CARD-READER"));
    checklist(
        Category.NOTEBOOK,
        new Entry("Bag", "电脑包", "Carry it safely to work.", "安全带去上班。", null, "AC-BAG-NB15"),
        new Entry("Sleeve", "内胆包", "Slips into any backpack.", "放进任何背包都合适。", null, "AC-SLEEVE-14"),
        new Entry(
            "Cleaning kit",
            "清洁套装",
            "Keeps the screen and keyboard clean.",
            "屏幕和键盘保持干净。",
            null,
            "AC-CLEAN-KIT"),
        new Entry(
            "Memory",
            "内存条",
            "More memory keeps many tabs and programs fast.",
            "加内存，多开网页和程序不卡。",
            null,
            "AC-RAM-16G"),
        new Entry(
            "External drive",
            "移动硬盘",
            "Back-ups and more room for files.",
            "备份数据，扩充空间。",
            null,
            "AC-SSD-1T"),
        new Entry(
            "Mouse",
            "鼠标",
            "Faster than the touchpad for long work.",
            "长时间办公比触控板更高效。",
            null,
            "AC-MOUSE-MX3S"));
    checklist(
        Category.DESKTOP,
        new Entry("Speakers", "音箱", "Sound for films and music.", "看电影听音乐。", null, "AC-SPEAKER"),
        new Entry("Headset", "耳机", "Calls and online classes.", "通话和网课必备。", null, "AC-HEADSET"),
        new Entry(
            "Keyboard and mouse",
            "键鼠套装",
            "A desktop needs its own keyboard and mouse.",
            "台式机需要配键盘鼠标。",
            null,
            "AC-KBM-MK295"),
        new Entry(
            "Webcam",
            "摄像头",
            "Video calls and online classes need a camera on a desktop.",
            "台式机视频通话、网课需要摄像头。",
            null,
            "AC-WEBCAM-C920"),
        new Entry(
            "Desk and chair",
            "电脑桌椅",
            "The right height saves the back on long days.",
            "合适的高度，久坐不累。",
            null,
            "AC-DESK-120",
            "AC-CHAIR-ERGO"),
        new Entry(
            "UPS",
            "不间断电源",
            "A power cut no longer loses the work.",
            "停电也不丢失工作。",
            null,
            "AC-UPS-650"),
        new Entry(
            "Router",
            "路由器",
            "Wi-Fi 6 for the whole home.",
            "全屋 Wi-Fi 6 覆盖。",
            null,
            "AC-ROUTER-AX3"));
    // A case fits one device: each case is its own entry for its device's brand, and the tablet's
    // case is on the tablet checklist (an iPhone case never comes up for an iPad).
    checklist(
        Category.PHONE,
        caseFor("Apple", "iPhone 16", "AC-CASE-IP16"),
        caseFor("Huawei", "Huawei Pura 70", "AC-CASE-HWP70"),
        screenFilm(),
        powerBank());
    checklist(
        Category.TABLET,
        caseFor("Apple", "iPad 10th gen", "AC-CASE-IPAD10"),
        screenFilm(),
        powerBank());
    pack(
        "Photo pack: card, reader and cleaning kit",
        "摄影礼包：存储卡、读卡器、清洁套装",
        "199",
        Category.CAMERA,
        "AC-SDXC-64",
        "AC-CARD-READER",
        "AC-CLEAN-KIT");
    pack(
        "Bag pack: bag, mouse and cleaning kit",
        "背包礼包：电脑包、鼠标、清洁套装",
        "899",
        Category.NOTEBOOK,
        "AC-BAG-NB15",
        "AC-MOUSE-MX3S",
        "AC-CLEAN-KIT");
    pack(
        "Desk pack: keyboard, mouse, headset and speakers",
        "桌面礼包：键鼠、耳机、音箱",
        "629",
        Category.DESKTOP,
        "AC-KBM-MK295",
        "AC-HEADSET",
        "AC-SPEAKER");
    pack(
        "Security pack: UPS and external drive",
        "安全礼包：不间断电源、移动硬盘",
        "799",
        Category.DESKTOP,
        "AC-UPS-650",
        "AC-SSD-1T");
    pack(
        "Entertainment pack: speakers and headset",
        "影音娱乐礼包：音箱、耳机",
        "449",
        Category.DESKTOP,
        "AC-SPEAKER",
        "AC-HEADSET");
    pack(
        "Desk and chair pack",
        "桌椅礼包：电脑桌、人体工学椅",
        "1299",
        Category.DESKTOP,
        "AC-DESK-120",
        "AC-CHAIR-ERGO");
    pack(
        "Wireless pack: router and power bank",
        "无线礼包：路由器、充电宝",
        "499",
        null,
        "AC-ROUTER-AX3",
        "AC-PWR-20K");
  }

  private static Entry caseFor(String brand, String device, String sku) {
    return new Entry(
        "Case for " + device,
        device + " 保护壳",
        "One drop without a case can cost the screen.",
        "不带壳摔一次就可能碎屏。",
        brand,
        sku);
  }

  private static Entry screenFilm() {
    return new Entry(
        "Screen film", "屏幕贴膜", "Applied at the counter for free.", "柜台免费贴膜。", null, "AC-FILM-PH");
  }

  private static Entry powerBank() {
    return new Entry(
        "Power bank", "充电宝", "A full charge on the go.", "出门随时充满电。", null, "AC-PWR-20K");
  }

  /** Gift packs: a price below the products one by one, offered after a sale of the category. */
  private void pack(String name, String nameZh, String price, Category after, String... skus) {
    List<GiftPackRecord.Part> parts = new ArrayList<>();
    for (String sku : skus) {
      Long id = productId(sku);
      if (id == null) {
        return; // a catalogue without this product: no pack
      }
      parts.add(new GiftPackRecord.Part(id, 1));
    }
    em.persist(new GiftPackRecord(name, nameZh, new java.math.BigDecimal(price), after, parts));
  }

  private Long productId(String sku) {
    return DemoProducts.idBySku(em, sku).orElse(null);
  }

  private void checklist(Category category, Entry... entries) {
    int position = 0;
    for (Entry entry : entries) {
      List<Long> ids = new ArrayList<>();
      for (String sku : entry.skus()) {
        DemoProducts.idBySku(em, sku).ifPresent(ids::add);
      }
      if (ids.isEmpty()) {
        continue; // a catalogue without this accessory: the entry waits for a manager
      }
      ChecklistEntryRecord record = new ChecklistEntryRecord(category, ++position);
      record.edit(
          new ChecklistEntryForm(
              category,
              entry.family(),
              entry.familyZh(),
              entry.talk(),
              entry.talkZh(),
              entry.brand(),
              ids,
              null,
              0));
      em.persist(record);
    }
  }
}
