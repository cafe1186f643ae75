// French for the sheets' own words: sheet headers and the texts written in their cells, and
// the errors of the sheets' own code. Headers follow Odoo's French where Odoo has the word
// (Article, Emplacement, Colis, Propriétaire, UdM). Sheet and table names are not here: they
// are identifiers and stay the same in every language.
import type { Translation } from './translate';

export const FR_SHEETS: Record<string, Translation> = {
  // headers
  'Product reference': 'Référence interne',
  Product: 'Article',
  Template: 'Modèle',
  'Current tracking': 'Suivi actuel',
  'Target tracking': 'Suivi cible',
  'On hand': 'En stock',
  'Already in lots': 'Déjà en lots',
  Quants: 'Quants',
  UoM: 'UdM',
  Run: 'Exécution',
  'Product ID': 'ID article',
  'Template ID': 'ID modèle',
  Location: 'Emplacement',
  Company: 'Société',
  Package: 'Colis',
  Owner: 'Propriétaire',
  'Lot/Serial': 'Lot/Série',
  Reserved: 'Réservé',
  Tracking: 'Suivi',
  'Quant ID': 'ID quant',
  'Location ID': 'ID emplacement',
  'Package ID': 'ID colis',
  'Owner ID': 'ID propriétaire',
  'Lot ID': 'ID lot',
  Counted: 'Compté',
  Difference: 'Écart',
  Original: 'D’origine',
  Restored: 'Restauré',
  Lots: 'Lots',
  'Untracked left': 'Restant sans suivi',
  'Value removed': 'Valeur retirée',
  'Value added': 'Valeur ajoutée',
  'Odoo references': 'Références Odoo',
  'Original qty': 'Qté d’origine',
  Qty: 'Qté',
  'Accept difference': 'Accepter l’écart',
  Status: 'Statut',
  Message: 'Message',
  'Expiration date': 'Date d’expiration',
  Evidence: 'Preuves',
  Line: 'Ligne',
  // words in cells
  none: 'aucun',
  lot: 'lot',
  serial: 'série',
  OK: 'OK',
  Warning: 'Avertissement',
  Error: 'Erreur',
  Total: 'Total',
  'CHECK: {doubts}': 'À VÉRIFIER : {doubts}',
  'move lines {ids}': 'lignes de mouvement {ids}',
  '{product} at {location}': '{product} à {location}',
  // the sheets' own errors
  'The {table} table has lost its {columns} columns; recreate the sheet.': {
    one: 'Le tableau {table} a perdu sa colonne {columns} ; recréez la feuille.',
    other: 'Le tableau {table} a perdu ses colonnes {columns} ; recréez la feuille.',
  },
  'Target tracking "{value}" is not {lot} or {serial}.': 'Le suivi cible « {value} » n’est ni {lot} ni {serial}.',
  'This row has no Product ID; pull the products again instead of typing rows.':
    'Cette ligne n’a pas d’ID article ; extrayez à nouveau les articles au lieu de saisir des lignes.',
  'Quant {quant} belongs to product {product}, which was not read.': 'Le quant {quant} appartient à l’article {product}, qui n’a pas été lu.',
  '{place}: {sheet} in the sheet, now {odoo} in Odoo': '{place} : {sheet} dans la feuille, maintenant {odoo} dans Odoo',
  '{place}: {odoo} in Odoo, not in the sheet': '{place} : {odoo} dans Odoo, absent de la feuille',
  'The first number must be a whole number, 0 or more.': 'Le premier numéro doit être un nombre entier, 0 ou plus.',
  'The step must be a whole number, 1 or more.': 'Le pas doit être un nombre entier, 1 ou plus.',
  'The count must be between 1 and {max}.': 'Le nombre doit être compris entre 1 et {max}.',
  'The padding must be between 0 and 20 digits.': 'Le remplissage doit compter entre 0 et 20 chiffres.',
  'The prefix has a leading or trailing space.': 'Le préfixe commence ou finit par une espace.',
  '{problem} Nothing of this cell was spread.': '{problem} Rien de cette cellule n’a été réparti.',
  '{values} values but only {rows} row(s) of this line to hold them; add {missing} row(s) (Split) first.':
    '{values} valeurs mais seulement {rows} ligne(s) de cette ligne d’origine pour les recevoir ; ajoutez d’abord {missing} ligne(s) (Scinder).',
  '{sheet} needs a header row with a product reference column and a lot/serial column.':
    '{sheet} doit avoir une ligne d’en-tête avec une colonne de référence article et une colonne lot/série.',
  'Lot/serial {value} is a number in {sheet}: leading zeros may be lost. Format the column as Text and paste it again.':
    'Le lot/numéro de série {value} est un nombre dans {sheet} : les zéros de tête peuvent être perdus. Mettez la colonne au format Texte et collez-la à nouveau.',
  '{problem} Not placed.': '{problem} Non placé.',
  '{lot} is already in the Restore sheet for {product}.': '{lot} est déjà dans la feuille Restore pour {product}.',
  'No product {product} in the Restore sheet.': 'Aucun article {product} dans la feuille Restore.',
  'No blank row left for {product}: {lot} was not placed.': 'Plus de ligne vide pour {product} : {lot} n’a pas été placé.',
  'Select a cell in a row of the Restore table first.': 'Sélectionnez d’abord une cellule dans une ligne du tableau Restore.',
  'Only lot lines are split; a serial row holds exactly one unit.':
    'Seules les lignes de lot se scindent ; une ligne de numéro de série compte exactement une unité.',
  'This line’s rows already cover its original {original}. Lower this row’s Qty first, then split.':
    'Les lignes de cette ligne d’origine couvrent déjà sa quantité d’origine {original}. Baissez d’abord la Qté de cette ligne, puis scindez.',
  'Select a cell in the lot row to split, in the Restore sheet.': 'Sélectionnez une cellule de la ligne de lot à scinder, dans la feuille Restore.',
  'Select the Restore rows to fill (their Lot/Serial cells) first.': 'Sélectionnez d’abord les lignes de Restore à remplir (leurs cellules Lot/Série).',
  '{count} of the selected rows already have a Lot/Serial. Tick "Overwrite" to replace them.': {
    one: '{count} des lignes sélectionnées a déjà un Lot/Série. Cochez « Remplacer » pour le remplacer.',
    other: '{count} des lignes sélectionnées ont déjà un Lot/Série. Cochez « Remplacer » pour les remplacer.',
  },
  'Product {id} no longer exists in Odoo.': 'L’article {id} n’existe plus dans Odoo.',
  'A dropdown’s choices hold at most {max} characters in Excel; these take {length}.':
    'Les choix d’une liste déroulante tiennent en {max} caractères au plus dans Excel ; ceux-ci en prennent {length}.',
  'There is no "{table}" table in this workbook. Create it from the task pane first.':
    'Ce classeur n’a pas de tableau « {table} ». Créez-le d’abord depuis le volet.',
  'Writing to Excel': 'Écriture dans Excel',
};
