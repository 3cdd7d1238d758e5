import { REGION_CODES, type RegionCode } from './regions';
import { type WeightedTable, weightedTable } from './weighted-table';

/** A place people live in, with the leading digits of its postcodes. */
export interface City {
  readonly name: string;
  /** The first two or three digits of the city's real postcodes; the rest is drawn. */
  readonly postcodePrefix: string;
}

/**
 * Places per Land and urbanity as `name:postcode prefix:weight`, separated by `;`. Urban
 * places are the large cities weighted by population (in 10,000s); suburban places are
 * mid-sized towns around them; rural places are small district towns. Weights within the
 * smaller tiers are rough: what matters is that cities and urbanity agree.
 */
const PLACES: Record<RegionCode, readonly [string, string, string]> = {
  BW: [
    'Stuttgart:701:63; Mannheim:681:31; Karlsruhe:761:31; Freiburg im Breisgau:791:23; Heidelberg:691:16; Ulm:890:13; Heilbronn:740:13; Pforzheim:751:13',
    'Reutlingen:727:12; Esslingen am Neckar:737:9; Ludwigsburg:716:9; Tübingen:720:9; Konstanz:784:9; Sindelfingen:710:6; Offenburg:776:6; Böblingen:710:5',
    'Biberach an der Riß:884:1; Tuttlingen:785:1; Schwäbisch Hall:745:1; Rottweil:786:1; Crailsheim:745:1; Bad Mergentheim:979:1; Sigmaringen:724:1; Freudenstadt:722:1',
  ],
  BY: [
    'München:803:149; Nürnberg:904:52; Augsburg:861:30; Regensburg:930:15; Ingolstadt:850:14; Würzburg:970:13; Fürth:907:13; Erlangen:910:11',
    'Rosenheim:830:1; Landshut:840:1; Freising:853:1; Dachau:852:1; Erding:854:1; Germering:821:1; Bamberg:960:1; Bayreuth:954:1',
    'Altötting:845:1; Cham:934:1; Kulmbach:953:1; Miesbach:837:1; Dinkelsbühl:917:1; Wunsiedel:956:1; Mindelheim:877:1; Berchtesgaden:834:1',
  ],
  BE: [
    'Berlin:10:1; Berlin:12:1; Berlin:13:1',
    'Berlin:12:1; Berlin:13:1; Berlin:14:1',
    'Berlin:14:1',
  ],
  BB: [
    'Potsdam:144:18; Cottbus:030:10; Brandenburg an der Havel:147:7; Frankfurt (Oder):152:6',
    'Oranienburg:165:1; Falkensee:146:1; Bernau bei Berlin:163:1; Königs Wusterhausen:157:1; Teltow:145:1; Eberswalde:162:1',
    'Prenzlau:172:1; Neuruppin:168:1; Perleberg:193:1; Luckenwalde:149:1; Spremberg:031:1; Angermünde:162:1',
  ],
  HB: ['Bremen:282:57; Bremerhaven:275:11', 'Bremen:287:1; Bremerhaven:275:1', 'Bremerhaven:275:1'],
  HH: ['Hamburg:20:1; Hamburg:21:1; Hamburg:22:1', 'Hamburg:21:1; Hamburg:22:1', 'Hamburg:21:1'],
  HE: [
    'Frankfurt am Main:603:76; Wiesbaden:651:28; Kassel:341:20; Darmstadt:642:16; Offenbach am Main:630:13',
    'Hanau:634:1; Gießen:353:1; Marburg:350:1; Fulda:360:1; Rüsselsheim am Main:654:1; Bad Homburg vor der Höhe:613:1',
    'Alsfeld:363:1; Eschwege:372:1; Bad Hersfeld:362:1; Korbach:344:1; Lauterbach:363:1; Michelstadt:647:1',
  ],
  MV: [
    'Rostock:180:21; Schwerin:190:10',
    'Neubrandenburg:170:1; Stralsund:184:1; Greifswald:174:1; Wismar:239:1',
    'Güstrow:182:1; Waren (Müritz):171:1; Parchim:193:1; Bergen auf Rügen:185:1; Anklam:173:1; Ludwigslust:192:1',
  ],
  NI: [
    'Hannover:301:54; Braunschweig:381:25; Oldenburg:261:17; Osnabrück:490:17; Wolfsburg:384:13; Göttingen:370:12',
    'Hildesheim:311:1; Salzgitter:382:1; Delmenhorst:277:1; Wilhelmshaven:263:1; Lüneburg:213:1; Celle:292:1; Garbsen:308:1',
    'Cloppenburg:496:1; Uelzen:295:1; Aurich:266:1; Holzminden:376:1; Lingen (Ems):498:1; Soltau:296:1; Nienburg/Weser:315:1',
  ],
  NW: [
    'Köln:506:108; Düsseldorf:402:62; Dortmund:441:59; Essen:451:58; Duisburg:470:50; Bochum:447:36; Wuppertal:421:35; Bielefeld:336:33; Bonn:531:33; Münster:481:32; Mönchengladbach:410:26; Gelsenkirchen:458:26; Aachen:520:25',
    'Neuss:414:1; Paderborn:331:1; Recklinghausen:456:1; Bergisch Gladbach:514:1; Moers:474:1; Siegen:570:1; Gütersloh:333:1; Iserlohn:586:1; Ratingen:408:1; Marl:457:1',
    'Höxter:378:1; Olpe:574:1; Meschede:598:1; Kleve:475:1; Coesfeld:486:1; Warburg:344:1; Schleiden:537:1; Bad Berleburg:573:1',
  ],
  RP: [
    'Mainz:551:22; Ludwigshafen am Rhein:670:17; Koblenz:560:11; Trier:542:11; Kaiserslautern:676:10',
    'Worms:675:1; Neuwied:565:1; Neustadt an der Weinstraße:674:1; Speyer:673:1; Bad Kreuznach:555:1; Landau in der Pfalz:768:1',
    'Bitburg:546:1; Daun:545:1; Pirmasens:669:1; Montabaur:564:1; Cochem:568:1; Alzey:552:1; Simmern:554:1',
  ],
  SL: [
    'Saarbrücken:661:1',
    'Neunkirchen:665:1; Homburg:664:1; Völklingen:663:1; Saarlouis:667:1; St. Ingbert:663:1',
    'Merzig:666:1; St. Wendel:666:1; Wadern:666:1; Blieskastel:664:1',
  ],
  SN: [
    'Leipzig:041:60; Dresden:010:56; Chemnitz:091:25',
    'Zwickau:080:1; Plauen:085:1; Görlitz:028:1; Freiberg:095:1; Radebeul:014:1; Bautzen:026:1; Pirna:017:1',
    'Annaberg-Buchholz:094:1; Löbau:027:1; Oschatz:047:1; Marienberg:095:1; Döbeln:047:1; Torgau:048:1; Weißwasser:029:1',
  ],
  ST: [
    'Halle (Saale):061:24; Magdeburg:391:24',
    'Dessau-Roßlau:068:1; Lutherstadt Wittenberg:068:1; Halberstadt:388:1; Stendal:395:1; Weißenfels:066:1; Bernburg:064:1',
    'Salzwedel:294:1; Quedlinburg:064:1; Sangerhausen:065:1; Zeitz:067:1; Gardelegen:394:1; Wernigerode:388:1',
  ],
  SH: [
    'Kiel:241:25; Lübeck:235:22; Flensburg:249:9',
    'Neumünster:245:1; Norderstedt:228:1; Elmshorn:253:1; Pinneberg:254:1; Itzehoe:255:1; Ahrensburg:229:1',
    'Husum:258:1; Heide:257:1; Rendsburg:247:1; Eutin:237:1; Schleswig:248:1; Niebüll:258:1; Ratzeburg:239:1',
  ],
  TH: [
    'Erfurt:990:21; Jena:077:11',
    'Gera:075:1; Weimar:994:1; Gotha:998:1; Nordhausen:997:1; Eisenach:998:1; Suhl:985:1',
    'Sonneberg:965:1; Altenburg:046:1; Saalfeld:073:1; Mühlhausen:999:1; Greiz:079:1; Schmalkalden:985:1',
  ],
};

function parsePlaces(text: string): WeightedTable<City> {
  return weightedTable(
    text.split(';').map((entry) => {
      const [name = '', postcodePrefix = '', weight = '1'] = entry.trim().split(':');
      return [{ name, postcodePrefix }, Number(weight)] as const;
    }),
  );
}

/** City tables indexed by region (REGIONS order), then urbanity (URBANITIES order). */
export const CITY_TABLES: readonly (readonly WeightedTable<City>[])[] = REGION_CODES.map((code) =>
  PLACES[code].map(parsePlaces),
);
