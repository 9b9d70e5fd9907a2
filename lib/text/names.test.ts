import { describe, expect, it } from "vitest";
import { nameSkeleton, normalizeName } from "./names";

const same = (...names: string[]) => new Set(names.map(nameSkeleton));

describe("name skeletons", () => {
  it("meet across Latin and Cyrillic", () => {
    expect(same("Лавров", "Lavrov", "LAVROV")).toEqual(new Set(["lavrov"]));
    expect(same("Болтон", "Bolton")).toEqual(new Set(["bolton"]));
    expect(same("Мадуро", "Maduro")).toEqual(new Set(["maduro"]));
  });

  it("fold Ukrainian and Russian letters and their transliterations together", () => {
    expect(same("Пєсков", "Песков", "Peskov", "Pieskov", "Pyeskov")).toEqual(new Set(["peskov"]));
    expect(same("Путін", "Путин", "Putin")).toEqual(new Set(["putin"]));
    expect(same("Зеленський", "Зеленский", "Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskii")).toEqual(
      new Set(["zelenski"]),
    );
    expect(same("Гуайдо", "Guaidó", "Guaido", "Guaydo")).toEqual(new Set(["guaido"]));
    expect(same("Шойгу", "Shoigu", "Shoygu")).toEqual(new Set(["soigu"]));
    // Ukrainian г is written h, Russian г is written g
    expect(same("Геннадій", "Hennadii", "Gennadiy", "Геннадий")).toEqual(new Set(["genadi"]));
    expect(same("Хрущёв", "Khrushchev", "Hrushchev")).toEqual(new Set(["grusev"]));
  });

  it("ignore apostrophes, accents and case", () => {
    expect(same("Мар'яна", "Марʼяна", "Maryana", "Mar'iana")).toEqual(new Set(["marana"]));
    expect(same("Rodríguez", "RODRIGUEZ", "rodriguez")).toEqual(new Set(["rodriguez"]));
    expect(same("Ростек", "Rostec", "Rostek")).toEqual(new Set(["rostek"]));
  });

  it("keep different names apart", () => {
    expect(nameSkeleton("Lavrov")).not.toBe(nameSkeleton("Peskov"));
    expect(nameSkeleton("Путин")).not.toBe(nameSkeleton("Пушкин"));
  });

  it("leave the plain normal form as it was", () => {
    expect(normalizeName(" Guaidó ")).toBe("guaido");
    expect(normalizeName("Пєсков")).toBe("пєсков");
  });
});
