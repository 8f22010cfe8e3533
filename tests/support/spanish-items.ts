// Spanish text for the fixture's home items (tests/fixtures/plan-snapshots.ts), stamped with the
// English it was written from, so a sheet printed in Spanish can be read back as all Spanish.
import { englishFingerprint, type ItemText } from '../../shared/domain/item-translations';
import type { ItemContent } from '../../shared/domain/library';

type Text = Omit<ItemText, 'sourceFingerprint'>;

const spanish: Record<string, Text> = {
  'Plantar fascia stretch': {
    title: 'Estiramiento de la fascia plantar',
    summary: 'Estira la banda de debajo del pie; mejor antes de los primeros pasos de la mañana.',
    instructions: [
      'Siéntese y cruce el pie que le duele sobre la otra rodilla.',
      'Sujete los dedos y llévelos con suavidad hacia la espinilla hasta notar el estiramiento en el arco.',
      'Mantenga el estiramiento sin rebotes.',
    ],
    cautions: ['Estire con suavidad: notar tirantez es normal, un dolor agudo no.'],
    parameters: {},
  },
  'Calf stretch with the knee straight': {
    title: 'Estiramiento de gemelos con la rodilla estirada',
    summary: '',
    instructions: [
      'Colóquese de cara a la pared con las manos apoyadas en ella.',
      'Lleve la pierna que le duele hacia atrás, con el talón en el suelo y la rodilla estirada.',
      'Inclínese hacia la pared hasta notar el estiramiento en la pantorrilla.',
    ],
    cautions: [],
    parameters: {},
  },
  'Heavy slow heel raises on a step': {
    title: 'Elevaciones de talón lentas y con peso en un escalón',
    summary: 'Fortalece la pantorrilla y la planta del pie.',
    instructions: [
      'Póngase en el borde de un escalón, con la parte delantera de los pies apoyada y una toalla bajo los dedos.',
      'Suba de puntillas en 3 segundos, pare 2 segundos arriba y baje en 3 segundos.',
      'Sujétese a una barandilla o a la pared para no perder el equilibrio.',
    ],
    cautions: ['Pare si el dolor pasa de 5 sobre 10 o sigue peor a la mañana siguiente.'],
    parameters: {},
  },
  'Low-dye taping for the arch': {
    title: 'Vendaje low-dye para el arco',
    summary: 'Sujeta el arco mientras se calma.',
    instructions: [
      'Limpie y seque bien la piel.',
      'Coloque el vendaje como le enseñamos en la clínica.',
    ],
    cautions: ['Quítese el vendaje enseguida si la piel le pica, le quema o le salen ampollas.'],
    parameters: { technique: 'Low-dye' },
  },
  'Heel cups in your running shoes': {
    title: 'Taloneras en las zapatillas de correr',
    summary: '',
    instructions: ['Ponga las taloneras en las dos zapatillas de correr.'],
    cautions: [],
    parameters: { wearSchedule: 'Úselas siempre que corra o camine mucho rato' },
  },
  'Why your heel hurts most in the morning': {
    title: 'Por qué el talón duele más por la mañana',
    summary:
      'Por la noche los tejidos de la planta se acortan y los primeros pasos los estiran de golpe.',
    instructions: [
      'Estire el pie antes de ponerse de pie.',
      'Deje unas zapatillas de casa con buena sujeción junto a la cama.',
      'Vuelva a correr poco a poco, como lo acordó con su fisioterapeuta.',
    ],
    cautions: [],
    parameters: {},
  },
};

/** The items with their Spanish text where the fixture has one. */
export function withSpanish(items: readonly ItemContent[]): ItemContent[] {
  return items.map((item) => {
    const es = spanish[item.title];
    if (!es) return item;
    return {
      ...item,
      translations: {
        ...item.translations,
        es: { ...es, sourceFingerprint: englishFingerprint(item) },
      },
    };
  });
}

/** The built-in protocol strings a Spanish sheet of the fixture plan looks up. */
export const spanishProtocolStrings: Readonly<Record<string, string>> = {
  'Heel pain after running': 'Dolor de talón al correr',
  'Plantar heel pain': 'Dolor plantar del talón',
  'Settle the pain (weeks 1–2)': 'Calmar el dolor (semanas 1–2)',
  'Build strength (phase 2)': 'Ganar fuerza (fase 2)',
  'Use the kitchen step, not the stairs.': 'Use el escalón de la cocina, no la escalera.',
};
