// Les textes du stepper en français : même forme que stepper-messages.ts (le type l'impose).
import type { FoundRun } from '../core/run-list';
import type { QuantsSummary } from '../core/quants-sheet';
import type { StepperWords } from '../core/stepper';
import { ACTION, M, STATUS_LABEL, STEP_TITLE } from './stepper-messages';

const n = (x: number) => x.toLocaleString('fr-FR');
const s = (x: number, one: string, many = `${one}s`) => `${n(x)} ${x > 1 ? many : one}`;
const units = (q: Record<string, number>) =>
  Object.entries(q)
    .map(([uom, x]) => `${n(x)} ${uom}`)
    .join(', ');
const allValid = (rows: number) => (rows > 1 ? `Les ${n(rows)} lignes sont valides` : 'La ligne est valide');
const PHASE: Record<string, string> = { zero: 'mise à zéro', restore: 'restauration', undo: 'annulation' };
/** An Odoo datetime ("YYYY-MM-DD HH:MM:SS", UTC) in French. */
const when = (odoo: string) => {
  const d = new Date(`${odoo.replace(' ', 'T')}Z`);
  return Number.isNaN(d.getTime()) ? odoo.slice(0, 16) : new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short' }).format(d);
};
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
    `${r.run} : ${r.phases.length ? r.phases.map((p) => PHASE[p] ?? p).join(', ') : 'rien de publié'}${r.productIds.length ? ` · ${s(r.productIds.length, 'article')}` : ''}${r.lastMove ? ` · ${when(r.lastMove)}` : ''}${r.inWorkbook ? ' · dans ce classeur' : ''}${r.halfDone ? ' · à moitié faite' : ''}`,
  activeRun: (run: string | null) => (run ? `Exécution ${run}` : 'Nouvelle exécution'),
  pulled: (q: QuantsSummary) =>
    `${s(q.rows, 'quant extrait', 'quants extraits')} de ${s(q.products, 'article')} dans ${s(q.locations, 'emplacement')}, dans la feuille Quants.`,
  notFound: (refs: string[]) => `Introuvables dans Odoo comme articles stockables : ${refs.join(', ')}`,
  listed: (x: number) => `${s(x, 'article non suivi listé', 'articles non suivis listés')}. Choisissez lot ou série dans « Suivi cible ».`,
  listedAtZero: (x: number) => `${s(x, 'article listé', 'articles listés')} ; ceux à zéro sont restaurés depuis l’historique d’Odoo.`,
  retracked: (x: number, already: number) =>
    `Suivi changé pour ${s(x, 'article')}.${already ? ` ${s(already, 'article avait', 'articles avaient')} déjà le suivi visé : laissés tels quels.` : ''}`,
  restoreSheet: (rows: number, lines: number) =>
    `${s(rows, 'ligne')} pour ${s(lines, 'ligne d’origine', 'lignes d’origine')}. Saisissez Lot/Série (collez des colonnes entières), puis validez.`,
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
  preparedBlocked: (run: string, errors: number) =>
    `Rien ne peut encore être publié : les contrôles ont trouvé ${s(errors, 'problème')} (listés ci-dessous). La feuille Zeroing montre ce que l’exécution ${run} mettrait à zéro une fois corrigés.`,
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
  notBalanced: 'Non équilibré : voir la colonne Écart de la feuille Report.',
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

/** The core stepper's reasons and counts (src/core/stepper.ts), in French. */
export const STEPPER_WORDS_FR: StepperWords = {
  needsChoice: 'Choisissez d’abord les articles et leur suivi cible dans la feuille Products.',
  busy: 'Une autre tâche est en cours ; attendez-la ou annulez-la.',
  pulledCounts: (rows, products) => `${s(rows, 'quant')} de ${s(products, 'article')} dans Quants`,
  pullNext: 'Choisissez les articles à extraire, puis extrayez leurs quants.',
  severalRuns: (runs) => `La feuille Products nomme plusieurs exécutions (${runs.join(', ')}) ; n’en gardez qu’une.`,
  pullFirst: 'Extrayez d’abord les quants.',
  chosenCounts: (chosen, listed) => `${n(chosen)} sur ${s(listed, 'article')} choisis`,
  fixProducts: (rows) => `Corrigez ${s(rows, 'ligne')} de la feuille Products.`,
  typeTarget: 'Tapez lot ou série dans Suivi cible pour chaque article à réaffecter.',
  listProducts: 'Listez les articles extraits, puis choisissez lot ou série pour chacun.',
  retrackedAlready: 'Le suivi est déjà changé : la mise à zéro de cette exécution est faite.',
  zeroedCounts: (quants, products) => `${s(quants, 'quant')} de ${s(products, 'article')} à zéro`,
  stillUntracked: (products) => `${s(products, 'article')} ont encore du stock sans suivi : mettez-les à zéro.`,
  reviewZeroing: 'Vérifiez la feuille Zeroing, puis publiez la mise à zéro.',
  zeroFirstSome: (products) => `Mettez d’abord à zéro : ${s(products, 'article')} ont encore du stock sans suivi.`,
  zeroFirst: 'Mettez d’abord le stock à zéro.',
  retrackedCounts: (retracked, products) => `Suivi changé pour ${n(retracked)} sur ${s(products, 'article')}`,
  retrackNext: 'Passez chaque article à son suivi cible dans Odoo.',
  retrackFirst: 'Changez d’abord le suivi.',
  filledCounts: (filled, rows) => `${n(filled)} sur ${s(rows, 'ligne')} ont un lot/numéro de série`,
  fillNext: 'Saisissez Lot/Série dans la feuille Restore : collez des colonnes entières, générez-les ou importez-les.',
  makeRestoreNext: 'Faites la feuille Restore depuis l’historique d’Odoo.',
  makeRestoreFirst: 'Faites d’abord la feuille Restore.',
  errorRows: (rows) => `${s(rows, 'ligne')} en erreur`,
  checkedRows: (rows) => `${s(rows, 'ligne vérifiée', 'lignes vérifiées')}, aucune erreur`,
  fixErrors: (rows) => `Corrigez ${s(rows, 'ligne marquée', 'lignes marquées')} Erreur, puis validez à nouveau.`,
  validateNext: 'Vérifiez chaque ligne auprès d’Odoo.',
  validateFirst: 'Validez d’abord la feuille Restore : chaque ligne doit avoir un lot/numéro de série et aucune erreur.',
  restoredCounts: (restored, products, partly) => `${n(restored)} sur ${s(products, 'article')} restaurés${partly ? `, ${n(partly)} en partie` : ''}`,
  restoreNext: 'Publiez la restauration : les lots sont créés et chaque ligne est recomptée.',
  restoreFirst: 'Publiez d’abord la restauration.',
  balanced: 'Équilibré : chaque écart est 0',
  notBalanced: 'Non équilibré : voir la colonne Écart',
  reportNext: 'Comparez ce qu’Odoo détient maintenant avec les quantités d’origine.',
};
