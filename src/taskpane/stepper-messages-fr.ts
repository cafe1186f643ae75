// Les textes du stepper en français : même forme que stepper-messages.ts (le type l'impose).
import type { FoundRun } from '../core/run-list';
import type { QuantsSummary } from '../core/quants-sheet';
import { ACTION, M, STATUS_LABEL, STEP_TITLE } from './stepper-messages';

const n = (x: number) => x.toLocaleString('fr-FR');
const s = (x: number, one: string, many = `${one}s`) => `${n(x)} ${x > 1 ? many : one}`;
const units = (q: Record<string, number>) =>
  Object.entries(q)
    .map(([uom, x]) => `${n(x)} ${uom}`)
    .join(', ');
const allValid = (rows: number) => (rows > 1 ? `Les ${n(rows)} lignes sont valides` : 'La ligne est valide');
const day = (iso: string) => new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium' }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));

export const STEP_TITLE_FR: typeof STEP_TITLE = {
  pull: 'Extraire',
  choose: 'Choisir les articles',
  zero: 'Mettre à zéro',
  retrack: 'Changer le suivi',
  fill: 'Saisir lots et numéros de série',
  validate: 'Valider',
  restore: 'Publier la restauration',
  report: 'Rapport',
};

export const STATUS_LABEL_FR: typeof STATUS_LABEL = { done: 'Fait', current: 'Suivant', todo: 'Possible', blocked: 'En attente' };

export const ACTION_FR: typeof ACTION = {
  pull: 'Extraire les quants',
  choose: 'Feuille Products',
  zero: 'Mettre à zéro…',
  retrack: 'Changer le suivi',
  fill: 'Feuille Restore',
  validate: 'Valider',
  restore: 'Publier la restauration…',
  report: 'Rapport',
};

export const M_FR: typeof M = {
  stepsLabel: 'Étapes de la réaffectation',
  fillNext: 'Lot vide suivant',
  fillAgain: 'Refaire la feuille Restore…',
  fillTools: 'Afficher les outils de saisie',
  stillAtZero: 'Encore à zéro ?',
  listAtZero: 'Les lister dans Products',
  undo: 'Annuler la mise à zéro…',
  whereTheyStand: 'Où en sont-ils',
  checkAgain: 'Vérifier à nouveau',
  enableLots: 'Activer Lots et numéros de série dans Odoo',
  pullOptions: 'Choisir quoi extraire',
  hidePullOptions: "Masquer les options d'extraction",
  runsTitle: 'Exécutions',
  noRuns: 'Aucune exécution : la première mise à zéro en commence une.',
  reading: 'Lecture du classeur et d’Odoo…',
  resume: (run: string) => `Reprendre ${run}`,
  resumeHint: (run: string) =>
    `L’exécution ${run} est à moitié faite dans Odoo : son stock attend à zéro. Reprenez-la ici, ou extrayez pour commencer une autre exécution.`,
  runLine: (r: FoundRun) =>
    `${r.run} : ${r.phases.length ? r.phases.join(', ') : 'rien de publié'}${r.productIds.length ? ` · ${s(r.productIds.length, 'article')}` : ''}${r.lastMove ? ` · ${r.lastMove.slice(0, 16)}` : ''}${r.inWorkbook ? ' · dans ce classeur' : ''}${r.halfDone ? ' · à moitié faite' : ''}`,
  activeRun: (run: string | null) => (run ? `Exécution ${run}` : 'Nouvelle exécution'),
  pulled: (q: QuantsSummary) =>
    `${s(q.rows, 'quant extrait', 'quants extraits')} de ${s(q.products, 'article')} dans ${s(q.locations, 'emplacement')}, dans la feuille Quants.`,
  notFound: (refs: string[]) => `Introuvables dans Odoo comme articles stockables : ${refs.join(', ')}`,
  listed: (x: number) => `${s(x, 'article non suivi listé', 'articles non suivis listés')}. Choisissez lot ou serial dans « Target tracking ».`,
  listedAtZero: (x: number) => `${s(x, 'article listé', 'articles listés')} ; ceux à zéro sont restaurés depuis l’historique d’Odoo.`,
  retracked: (x: number) => `Suivi changé pour ${s(x, 'article')}.`,
  restoreSheet: (rows: number, lines: number) =>
    `${s(rows, 'ligne')} pour ${s(lines, 'ligne d’origine', 'lignes d’origine')}. Saisissez Lot/Serial (collez des colonnes entières), puis validez.`,
  resumed: (run: string, x: number, toChoose: number) =>
    `Exécution ${run} reprise : ${s(x, 'article')} dans la feuille Products$${toChoose ? ` ; choisissez à nouveau le suivi cible de ${n(toChoose)}` : ''}.`,
  statusRead: (run: string) => `Exécution ${run}, lue dans Odoo à l’instant.`,
  lotsOn: 'Lots et numéros de série est maintenant activé dans Odoo.',
  confirmNewRun: {
    title: 'Commencer une nouvelle exécution ?',
    confirm: 'Commencer une nouvelle exécution',
    body: (runs: string[]) =>
      `L’exécution ${runs.join(', ')} est à moitié faite : son stock a été mis à zéro et n’est pas encore restauré. Reprenez-la depuis la liste des exécutions, sauf si ces articles sont une autre réaffectation.`,
  },
  confirmZero: {
    title: 'Publier l’ajustement de mise à zéro ?',
    confirm: 'Publier la mise à zéro',
    body: (run: string, quants: number, products: number, quantities: Record<string, number>, value?: number | null) =>
      `Odoo comptera ${s(quants, 'quant')} de ${s(products, 'article')} à zéro (${units(quantities)}${value ? `, valeur ${n(value)} au coût` : ''}) par l’ajustement « Lot reassign ${run}: zero ». Les quantités d’origine restent dans l’historique d’Odoo et en sont restaurées.`,
  },
  prepared: (run: string, quants: number, products: number, quantities: Record<string, number>) =>
    `Exécution ${run} : ${s(quants, 'quant')} de ${s(products, 'article')} (${units(quantities)}) dans la feuille Zeroing. Vérifiez-la, puis publiez.`,
  zeroed: (quants: number, run: string) => `${s(quants, 'quant mis', 'quants mis')} à zéro (exécution ${run}). Ensuite : changer le suivi.`,
  undone: (restored: number) => `Suivi remis à aucun et ${s(restored, 'quantité d’origine remise', 'quantités d’origine remises')}, sans lots.`,
  atZero: (list: { label: string; places: { quantity: number; location: { name: string }; zeroedAt: string }[] }[]) =>
    `Mis à zéro et jamais restaurés : ${list.map((p) => `${p.label} (${p.places.map((z) => `${n(z.quantity)} à ${z.location.name} le ${day(z.zeroedAt)}`).join(', ')})`).join(' ; ')}.`,
  noneAtZero: 'Aucun article n’est resté à zéro par un ajustement d’inventaire.',
  valid: (rows: number, warnings: number) => `${allValid(rows)}${warnings ? ` (${s(warnings, 'avertissement')})` : ''}.`,
  live: (v: { rows: number; errors: number; warnings: number }) =>
    v.errors ? '' : `Vérification en direct : ${allValid(v.rows).toLowerCase()}${v.warnings ? ` (${s(v.warnings, 'avertissement')})` : ''}.`,
  restored: (posted: number, lotsCreated: number, skipped: number) =>
    `${s(posted, 'ligne restaurée', 'lignes restaurées')} (${s(lotsCreated, 'nouveau lot', 'nouveaux lots')}${skipped ? `, ${n(skipped)} déjà dans Odoo` : ''}). Ensuite : Rapport.`,
  balanced: (products: number, lots: number, value: { removed: number; added: number } | null | undefined) =>
    `Équilibré : ${s(products, 'article')} de retour avec ${s(lots, 'lot')} ; chaque écart est 0.${value ? ` Valeur retirée ${n(value.removed)}, remise ${n(value.added)} (Odoo restaure au coût actuel de l’article).` : ''}`,
  notBalanced: 'Non équilibré : voir la colonne Difference de la feuille Report.',
  confirmRestore: {
    title: 'Publier l’ajustement de restauration ?',
    confirm: 'Publier la restauration',
    body: 'La feuille Restore est validée à nouveau, puis les lots sont créés et chaque ligne est comptée et appliquée dans Odoo. Les lignes déjà restaurées sont ignorées.',
  },
  confirmUndo: {
    title: 'Annuler la mise à zéro ?',
    confirm: 'Annuler la mise à zéro',
    body: 'Les articles de l’exécution repassent sans suivi, et chaque emplacement retrouve sa quantité d’origine, sans lots, depuis l’historique d’Odoo. Le refaire ne change rien.',
  },
  confirmRecreate: {
    title: 'Refaire la feuille Restore ?',
    confirm: 'La refaire',
    body: 'La feuille Restore est réécrite depuis l’historique d’Odoo : les lots et numéros de série qui y sont saisis sont perdus.',
  },
  confirmResume: {
    title: 'Reprendre cette exécution ici ?',
    confirm: 'Reprendre',
    body: (run: string) => `La feuille Products est réécrite avec les articles de l’exécution ${run} ; les articles qu’elle liste maintenant sont remplacés.`,
  },
};
