import { type WeightedTable, weightedTable } from './weighted-table';

/** A name as shown, and the ASCII form used in email addresses. */
export interface Name {
  readonly text: string;
  readonly ascii: string;
}

/** Turns a name into the lower-case ASCII that email providers accept (`Jürgen` → `juergen`). */
export function asciiName(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/[^a-z-]/g, '');
}

/** Names listed from most to least common get Zipf-like weights, flattened so the tail still appears. */
function names(list: string): WeightedTable<Name> {
  return weightedTable(
    list
      .split(' ')
      .map((text, rank) => [{ text, ascii: asciiName(text) }, 1 / (rank + 6)] as const),
  );
}

/** Where a family's names come from; shares roughly follow Germany's largest immigrant groups. */
export interface NameOrigin {
  readonly key: 'de' | 'tr' | 'pl' | 'ru' | 'it' | 'ar';
  /** Weights in the West and in the East (where immigration has been far lower). */
  readonly share: { readonly west: number; readonly east: number };
  /** Female and male first names by birth cohort: before 1950, 1950–69, 1970–89, from 1990. */
  readonly female: readonly WeightedTable<Name>[];
  readonly male: readonly WeightedTable<Name>[];
  readonly last: WeightedTable<Name>;
}

const same = (table: WeightedTable<Name>) => [table, table, table, table];

const GERMAN_LAST = names(
  'Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz',
);

/** The name origins, German first. */
export const NAME_ORIGINS: readonly NameOrigin[] = [
  {
    key: 'de',
    share: { west: 84, east: 95 },
    female: [
      names(
        'Ursula Gisela Helga Ingrid Renate Karin Erika Brigitte Christa Hannelore Gerda Elke Waltraud Anneliese Irmgard Margarete Ilse Edith',
      ),
      names(
        'Sabine Petra Andrea Susanne Monika Gabriele Birgit Claudia Martina Heike Angelika Kerstin Barbara Christine Ute Anja Silke Doris',
      ),
      names(
        'Stefanie Nicole Katrin Sandra Melanie Julia Christina Daniela Nadine Tanja Anna Sarah Jennifer Katharina Jessica Kathrin Simone Nina',
      ),
      names(
        'Lena Laura Lisa Anna Julia Sarah Lea Hannah Leonie Marie Sophie Mia Emma Johanna Lara Jana Vanessa Alina',
      ),
    ],
    male: [
      names(
        'Hans Klaus Günter Horst Heinz Werner Gerhard Manfred Dieter Helmut Walter Karl Rolf Wolfgang Kurt Herbert Siegfried Friedrich',
      ),
      names(
        'Thomas Michael Andreas Peter Frank Uwe Jürgen Bernd Stefan Ralf Jörg Rainer Matthias Markus Detlef Norbert Wolfgang Holger',
      ),
      names(
        'Christian Daniel Tobias Sebastian Stefan Alexander Jan Florian Dennis Marco Sven Markus Michael Patrick Martin Dirk Philipp Matthias',
      ),
      names(
        'Lukas Jonas Leon Finn Tim Niklas Jan Felix Paul Maximilian Luca Tom Moritz Julian Elias Noah Philipp Ben',
      ),
    ],
    last: GERMAN_LAST,
  },
  {
    key: 'tr',
    share: { west: 4.5, east: 0.8 },
    female: same(names('Ayşe Fatma Elif Zeynep Emine Merve Esra Derya Hatice Selin')),
    male: same(names('Mehmet Mustafa Ahmet Ali Hüseyin Hasan Emre Murat İbrahim Can')),
    last: names('Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Koç Kılıç'),
  },
  {
    key: 'pl',
    share: { west: 2.6, east: 1.4 },
    female: same(names('Katarzyna Agnieszka Magdalena Joanna Anna Monika Ewa Małgorzata')),
    male: same(names('Piotr Tomasz Krzysztof Paweł Marcin Michał Łukasz Andrzej')),
    last: names('Nowak Wójcik Kowalczyk Mazur Krawczyk Kaczmarek Zając Król Wieczorek Pawlak'),
  },
  {
    key: 'ru',
    share: { west: 2.6, east: 1.6 },
    female: same(names('Olga Natalia Tatjana Irina Swetlana Elena Anastasia Ljudmila')),
    male: same(names('Alexander Sergej Andrej Dimitri Viktor Eugen Waldemar Vladimir')),
    // Many Russian-German families carry (Mennonite) German surnames.
    last: names('Janzen Friesen Penner Dyck Klassen Wiebe Neufeld Reimer Schmidt Wagner'),
  },
  {
    key: 'it',
    share: { west: 1.6, east: 0.3 },
    female: same(names('Giulia Francesca Maria Anna Chiara Sara Valentina Elena')),
    male: same(names('Giuseppe Antonio Marco Luca Francesco Alessandro Salvatore Giovanni')),
    last: names('Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco'),
  },
  {
    key: 'ar',
    share: { west: 2.2, east: 0.9 },
    female: same(names('Fatima Amina Mariam Noor Layla Sara Huda Rana')),
    male: same(names('Mohammed Ahmad Omar Ali Khaled Youssef Hassan Mahmoud')),
    last: names('Haddad Khalil Hamdan Mansour Saleh Nasser Ibrahim Hussein Darwish Othman'),
  },
];

/** Origin indexes for people in the West (and city states) and in the East. */
export const ORIGIN_TABLES = {
  west: weightedTable(NAME_ORIGINS.map((origin, index) => [index, origin.share.west] as const)),
  east: weightedTable(NAME_ORIGINS.map((origin, index) => [index, origin.share.east] as const)),
};

/** The first-name cohort of someone born in `birthYear`. */
export function nameCohort(birthYear: number): number {
  return birthYear < 1950 ? 0 : birthYear < 1970 ? 1 : birthYear < 1990 ? 2 : 3;
}
