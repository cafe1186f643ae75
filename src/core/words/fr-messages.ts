// French for the checks' findings (validation, pre-flight, reconciliation), our errors and progress.
// Inventory words as Odoo's French interface has them: article, emplacement, lot/numéro de série,
// quantité en stock, ajustement d'inventaire, colis, propriétaire. Odoo's own messages are never here.
import type { Translation } from './translate';

export const FR_MESSAGES: Record<string, Translation> = {
  // Validation of the Restore sheet (validate-restore.ts)
  "Odoo's expiration dates are not turned on (Inventory > Configuration > Settings > Expiration Dates). Clear the cell, or turn them on and validate again.":
    'Les dates d’expiration ne sont pas activées dans Odoo (Inventaire > Configuration > Paramètres > Dates d’expiration). Videz la cellule, ou activez-les et validez de nouveau.',
  '{product} does not use expiration dates in Odoo (product form, Inventory tab, Expiration Date). Clear the cell, or tick it and validate again.':
    '{product} n’utilise pas de dates d’expiration dans Odoo (fiche article, onglet Inventaire, Date d’expiration). Videz la cellule, ou cochez la case et validez de nouveau.',
  'Expiration date {date} is already past.': 'La date d’expiration {date} est déjà passée.',
  'Lot {lot} already exists in Odoo with expiration date (none); the add-in does not change an existing lot. Put nothing here, or change the lot in Odoo.':
    'Le lot {lot} existe déjà dans Odoo sans date d’expiration ; le complément ne modifie pas un lot existant. Videz cette cellule, ou modifiez le lot dans Odoo.',
  'Lot {lot} already exists in Odoo with expiration date {date}; the add-in does not change an existing lot. Put {date} here, or change the lot in Odoo.':
    'Le lot {lot} existe déjà dans Odoo avec la date d’expiration {date} ; le complément ne modifie pas un lot existant. Indiquez {date} ici, ou modifiez le lot dans Odoo.',
  'Lot {lot} has expiration date {date} here and {other} on row {row}; a lot has one expiration date.':
    'Le lot {lot} a la date d’expiration {date} ici et {other} à la ligne {row} ; un lot n’a qu’une date d’expiration.',
  'Line {line} is not an original line of this run; the row was typed or copied by hand. Use Split to add rows.':
    'La ligne d’origine {line} n’appartient pas à cette exécution ; la ligne a été saisie ou copiée à la main. Utilisez « Scinder la ligne de lot » pour ajouter des lignes.',
  'This row belongs to no original line (its {column} cell is empty). Use Split to add rows.':
    'Cette ligne n’appartient à aucune ligne d’origine (sa cellule {column} est vide). Utilisez « Scinder la ligne de lot » pour ajouter des lignes.',
  'Qty "{text}" is text, not a number.': 'La quantité « {text} » est du texte, pas un nombre.',
  'Qty is blank.': 'La quantité est vide.',
  'A serial number counts exactly 1 unit; Qty is {qty}.': 'Un numéro de série compte exactement 1 unité ; la quantité est {qty}.',
  'Qty must be more than 0; it is {qty}.': 'La quantité doit être supérieure à 0 ; elle est de {qty}.',
  'Qty {qty} has more decimals than {uom} allows ({rounding}).': 'La quantité {qty} a plus de décimales que {uom} n’en permet ({rounding}).',
  'Serial {lot} is already used on row {row}; a serial number is unique per product in a company.':
    'Le numéro de série {lot} est déjà utilisé à la ligne {row} ; un numéro de série est unique par article dans une société.',
  'Serial {lot} is used again on row {row}.': 'Le numéro de série {lot} est utilisé de nouveau à la ligne {row}.',
  'Serial {lot} already holds stock in Odoo for this product; a serial number counts one unit.':
    'Le numéro de série {lot} a déjà du stock dans Odoo pour cet article ; un numéro de série compte une unité.',
  "Lot {lot} already holds {qty} here in Odoo; the restore adds this line's quantity to it.":
    'Le lot {lot} a déjà {qty} ici dans Odoo ; la restauration y ajoute la quantité de cette ligne.',
  '"{lot}" differs from "{other}" on row {row} only by case or spacing; Odoo treats them as two different numbers.':
    '« {lot} » ne diffère de « {other} » (ligne {row}) que par la casse ou les espaces ; Odoo les traite comme deux numéros différents.',
  '{product} is tracked "{tracking}" in Odoo, not "{target}" yet: change the tracking first.':
    '{product} est suivi « {tracking} » dans Odoo, pas encore « {target} » : changez d’abord le suivi.',
  'Location {location} no longer exists or is archived in Odoo.': 'L’emplacement {location} n’existe plus ou est archivé dans Odoo.',
  'Package {package} no longer exists in Odoo.': 'Le colis {package} n’existe plus dans Odoo.',
  'Owner {owner} no longer exists in Odoo.': 'Le propriétaire {owner} n’existe plus dans Odoo.',
  '{line} in {package}': '{line} dans {package}',
  '{line} owned by {owner}': '{line} appartenant à {owner}',
  '{line}: the history is ambiguous. {doubts} Confirmed by the user.': '{line} : l’historique est ambigu. {doubts} Confirmé par l’utilisateur.',
  '{line}: the history is ambiguous. {doubts} Check it in Odoo, then mark "{accept}" to confirm the original.':
    '{line} : l’historique est ambigu. {doubts} Vérifiez dans Odoo, puis marquez « {accept} » pour confirmer la quantité d’origine.',
  '{line}: the original {qty} has no row in the Restore sheet.': '{line} : la quantité d’origine {qty} n’a aucune ligne dans la feuille Restore.',
  '{line}: rows add up to {total}, the original was {original} (difference {difference}). Accepted.':
    '{line} : les lignes totalisent {total}, la quantité d’origine était {original} (écart {difference}). Accepté.',
  '{line}: rows add up to {total}, the original was {original} (difference {difference}). A paste that stops short or runs past this product\'s rows (last row {past}) shows up here. Fix the rows, or mark "{accept}".':
    '{line} : les lignes totalisent {total}, la quantité d’origine était {original} (écart {difference}). Un collage qui s’arrête trop tôt ou déborde des lignes de cet article (dernière ligne {past}) apparaît ici. Corrigez les lignes, ou marquez « {accept} ».',
  // Lot/serial cell hygiene (lot-cells.ts)
  'Format the Lot/Serial column as Text and paste the values again.':
    'Mettez la colonne des lots/numéros de série au format Texte et collez de nouveau les valeurs.',
  'Lot/Serial is blank.': 'Le lot/numéro de série est vide.',
  'Lot/Serial is the logical value {value}.': 'Le lot/numéro de série est la valeur logique {value}.',
  'Lot/Serial is the Excel error {error}; fix the formula or value in this cell.':
    'Le lot/numéro de série est l’erreur Excel {error} ; corrigez la formule ou la valeur de cette cellule.',
  'Lot/Serial contains an emoji; a lot or serial number must be typed, scanned and printed as a barcode. Retype it.':
    'Le lot/numéro de série contient un emoji ; un numéro de lot ou de série doit pouvoir être saisi, scanné et imprimé en code-barres. Saisissez-le de nouveau.',
  'Lot/Serial holds {count} values ({values}); put one per row.':
    'La cellule du lot/numéro de série contient {count} valeurs ({values}) ; mettez-en une par ligne.',
  'Lot/Serial "{text}" has a leading or trailing space, which Odoo would keep as part of the name. Remove it (TRIM).':
    'Le lot/numéro de série « {text} » commence ou finit par une espace, qu’Odoo garderait dans le nom. Supprimez-la (SUPPRESPACE).',
  'Lot/Serial is {length} characters long; Odoo lot and serial names here are limited to {max} characters (a longer value is usually a paste gone wrong).':
    'Le lot/numéro de série fait {length} caractères ; les noms de lots et de numéros de série sont limités ici à {max} caractères (une valeur plus longue vient en général d’un collage raté).',
  'Lot/Serial starts with "=": it is a formula typed into a cell formatted as Text, so Excel kept its text, not its result. Enter the value itself.':
    'Le lot/numéro de série commence par « = » : c’est une formule saisie dans une cellule au format Texte, donc Excel a gardé son texte et non son résultat. Saisissez la valeur elle-même.',
  'Lot/Serial "{text}" looks like a placeholder left by a program or a formula, not a lot or serial number.':
    'Le lot/numéro de série « {text} » ressemble à une valeur de remplissage laissée par un programme ou une formule, pas à un numéro de lot ou de série.',
  'Lot/Serial "{text}" looks like a formula, not a lot or serial number.':
    'Le lot/numéro de série « {text} » ressemble à une formule, pas à un numéro de lot ou de série.',
  'Lot/Serial contains a control character ({code}, often from a scanner or a copied file). Retype it or clean it with CLEAN().':
    'Le lot/numéro de série contient un caractère de contrôle ({code}, souvent venu d’un scanner ou d’un fichier copié). Saisissez-le de nouveau ou nettoyez-le avec EPURAGE().',
  'Lot/Serial contains an invisible zero-width character ({code}). Retype it.':
    'Le lot/numéro de série contient un caractère invisible de largeur nulle ({code}). Saisissez-le de nouveau.',
  'Lot/Serial contains an invisible text direction mark ({code}), which makes it display differently from what it is. Retype it.':
    'Le lot/numéro de série contient une marque invisible de sens du texte ({code}), qui le fait paraître autre qu’il n’est. Saisissez-le de nouveau.',
  'Lot/Serial contains an invisible soft hyphen ({code}). Retype it.':
    'Le lot/numéro de série contient un trait d’union conditionnel invisible ({code}). Saisissez-le de nouveau.',
  'Lot/Serial contains a line or paragraph separator ({code}). Retype it.':
    'Le lot/numéro de série contient un séparateur de ligne ou de paragraphe ({code}). Saisissez-le de nouveau.',
  'Lot/Serial contains a non-breaking space (often copied from a web page or PDF). Retype it or use SUBSTITUTE(cell, CHAR(160), "").':
    'Le lot/numéro de série contient une espace insécable (souvent copiée d’une page web ou d’un PDF). Saisissez-le de nouveau ou utilisez SUBSTITUE(cellule; CAR(160); "").',
  'Lot/Serial contains an unusual space ({code}); only the ordinary space is allowed. Retype it.':
    'Le lot/numéro de série contient une espace inhabituelle ({code}) ; seule l’espace ordinaire est permise. Saisissez-le de nouveau.',
  'Lot/Serial contains a broken character ({code}, half of a pair). Retype it.':
    'Le lot/numéro de série contient un caractère cassé ({code}, la moitié d’une paire). Saisissez-le de nouveau.',
  'Lot/Serial contains an invisible formatting character ({code}). Retype it.':
    'Le lot/numéro de série contient un caractère de mise en forme invisible ({code}). Saisissez-le de nouveau.',
  'Lot/Serial contains a private-use or unassigned character ({code}). Retype it.':
    'Le lot/numéro de série contient un caractère à usage privé ou non attribué ({code}). Saisissez-le de nouveau.',
  'Lot/Serial was turned into a date by Excel ({format}).': 'Excel a changé le lot/numéro de série en date ({format}).',
  'Lot/Serial {value} was turned into a decimal number by Excel.': 'Excel a changé le lot/numéro de série {value} en nombre décimal.',
  'Lot/Serial {value} was turned into a number by Excel, which keeps only 15 digits: the last digits are lost.':
    'Excel a changé le lot/numéro de série {value} en nombre, et n’en garde que 15 chiffres : les derniers chiffres sont perdus.',
  'Lot/Serial {value} was turned into a number by Excel, so leading zeros may be lost.':
    'Excel a changé le lot/numéro de série {value} en nombre : des zéros en tête ont pu être perdus.',

  // Expiration date cells (expiry-cells.ts)
  'Type the date as 2027-03-15, or format the column as a date.': 'Saisissez la date sous la forme 2027-03-15, ou mettez la colonne au format date.',
  'Expiration date {value} is not a date.': 'La date d’expiration {value} n’est pas une date.',
  'Expiration date {value} is a number, not a date (as a date it would be {date}).':
    'La date d’expiration {value} est un nombre, pas une date (comme date, ce serait le {date}).',
  'Expiration date is the logical value {value}.': 'La date d’expiration est la valeur logique {value}.',
  'Expiration date "{text}" is not a date Excel or the add-in can read without guessing the order of day and month.':
    'La date d’expiration « {text} » n’est pas une date qu’Excel ou le complément peut lire sans deviner l’ordre du jour et du mois.',
  'Expiration date "{text}" does not exist in the calendar.': 'La date d’expiration « {text} » n’existe pas dans le calendrier.',
  // Pre-flight checks before the zeroing (preflight.ts)
  '{user} is not an Inventory Administrator in Odoo, so cannot apply inventory adjustments or change products.':
    '{user} n’est pas Administrateur de l’Inventaire dans Odoo, et ne peut donc ni appliquer d’ajustements d’inventaire ni modifier les articles.',
  'The "Lots & Serial Numbers" setting is off in Odoo. Turn it on (the button below does it, or Inventory > Configuration > Settings).':
    'Le paramètre « Lots et numéros de série » est désactivé dans Odoo. Activez-le (le bouton ci-dessous le fait, ou Inventaire > Configuration > Paramètres).',
  'The "Lots & Serial Numbers" setting is off in Odoo. Ask an administrator to turn it on in Inventory > Configuration > Settings.':
    'Le paramètre « Lots et numéros de série » est désactivé dans Odoo. Demandez à un administrateur de l’activer dans Inventaire > Configuration > Paramètres.',
  '{product} is not a storable product.': '{product} n’est pas un article stockable.',
  '{product} is archived. Unarchive it in Odoo first, so its stock can be counted.':
    '{product} est archivé. Désarchivez-le d’abord dans Odoo, pour que son stock puisse être compté.',
  '{product} is already tracked by {tracking}; its stock without a {tracking} number is restored by {tracking}. Set its target tracking to {tracking}.':
    '{product} est déjà suivi « {tracking} » ; son stock sans numéro « {tracking} » est restauré en « {tracking} ». Mettez son suivi cible à « {tracking} ».',
  '{product} is tracked by {tracking} and holds no stock without a lot: there is nothing to reassign.':
    '{product} est suivi « {tracking} » et n’a aucun stock sans lot : il n’y a rien à réaffecter.',
  '{product} has a count of {qty} at {location} that is not applied yet; applying would sweep it in. Apply or clear it in Odoo first.':
    '{product} a un comptage de {qty} à {location} qui n’est pas encore appliqué ; l’application l’emporterait avec elle. Appliquez-le ou effacez-le d’abord dans Odoo.',
  '{product} has a pending count of 0 at {location}; zeroing applies it.': '{product} a un comptage de 0 en attente à {location} ; la mise à zéro l’applique.',
  '{product} has a negative quantity ({qty}) at {location}. Correct it in Odoo first.':
    '{product} a une quantité négative ({qty}) à {location}. Corrigez-la d’abord dans Odoo.',
  '{product} has {qty} {uom} at {location}: a serial number counts one whole unit, so {qty} cannot be restored with serials. Correct the quantity in Odoo, or choose lot.':
    '{product} a {qty} {uom} à {location} : un numéro de série compte une unité entière, donc {qty} ne peut pas être restauré en numéros de série. Corrigez la quantité dans Odoo, ou choisissez « lot ».',
  '{product} has {qty} at {location} ({usage}), which this run does not touch.':
    '{product} a {qty} à {location} ({usage}), emplacement que cette exécution ne touche pas.',
  '{product} has {qty} reserved by open transfers ({transfers}). Unreserve or finish them first.':
    '{product} a une quantité de {qty} réservée par des transferts en cours ({transfers}). Annulez la réservation ou terminez-les d’abord.',
  '{product} has {qty} reserved by open transfers. Unreserve or finish them first.':
    '{product} a une quantité de {qty} réservée par des transferts en cours. Annulez la réservation ou terminez-les d’abord.',
  '{variants} are variants of one product, {template}, and Odoo tracks all its variants the same way. Choose one target tracking for all of them.':
    '{variants} sont des variantes d’un même article, {template}, et Odoo suit toutes ses variantes de la même façon. Choisissez un seul suivi cible pour toutes.',
  '{qty} at {location}': '{qty} à {location}',
  '{variant} is a variant of {template} too, and changing the tracking changes it as well, but it is not in this run: it holds {qty} {uom} without a lot ({places}). Set its target tracking to {target} in the Products sheet, or leave every variant of {template} out.':
    '{variant} est aussi une variante de {template}, et changer le suivi la change aussi, mais elle n’est pas dans cette exécution : elle a {qty} {uom} sans lot ({places}). Mettez son suivi cible à « {target} » dans la feuille Products, ou laissez de côté toutes les variantes de {template}.',
  '{variant} (archived) is a variant of {template} too, and changing the tracking changes it as well, but it is not in this run: it holds {qty} {uom} without a lot ({places}). Set its target tracking to {target} in the Products sheet after unarchiving it in Odoo, or leave every variant of {template} out.':
    '{variant} (archivée) est aussi une variante de {template}, et changer le suivi la change aussi, mais elle n’est pas dans cette exécution : elle a {qty} {uom} sans lot ({places}). Mettez son suivi cible à « {target} » dans la feuille Products après l’avoir désarchivée dans Odoo, ou laissez de côté toutes les variantes de {template}.',
  // Doubts about an original rebuilt from history (recovery.ts)
  'This place was zeroed {count} times ({zeroings}); the latest is used.':
    'Cet endroit a été mis à zéro {count} fois ({zeroings}) ; la dernière mise à zéro est retenue.',
  'Stock arrived here after the zeroing ({arrivals}); it is not part of the original.':
    'Du stock est arrivé ici après la mise à zéro ({arrivals}) ; il ne fait pas partie de la quantité d’origine.',
  '{qty} by {reference} on {date}': '{qty} par {reference} le {date}',
  'Odoo shows a negative untracked quantity here now ({qty}).': 'Odoo montre ici maintenant une quantité négative sans suivi ({qty}).',
  'The quantity was negative before a zeroing.': 'La quantité était négative avant une mise à zéro.',

  // Cancelling (batches.ts)
  'Cancelled by the user. Nothing more was sent to Odoo.': 'Annulé par l’utilisateur. Rien de plus n’a été envoyé à Odoo.',
  // Errors of the Odoo gateway (src/odoo): our words before Odoo's own message, never Odoo's message itself
  '{kind}: {message}': '{kind} : {message}',
  'Odoo refused': 'Odoo a refusé',
  'Odoo rejected the data': 'Odoo a rejeté les données',
  'Your Odoo user is not allowed to do this': 'Votre utilisateur Odoo n’a pas le droit de faire ceci',
  'Odoo did not accept the login': 'Odoo n’a pas accepté la connexion',
  'A record no longer exists in Odoo': 'Un enregistrement n’existe plus dans Odoo',
  'The Odoo session expired; sign in again': 'La session Odoo a expiré ; reconnectez-vous',
  'Odoo reported an error': 'Odoo a signalé une erreur',
  'Odoo could not be reached': 'Odoo est injoignable',
  'Odoo may have applied this change': 'Odoo a peut-être appliqué cette modification',
  'Odoo did not answer in time': 'Odoo n’a pas répondu à temps',
  Cancelled: 'Annulé',
  'Unexpected answer from Odoo': 'Réponse inattendue d’Odoo',
  'Unknown error': 'Erreur inconnue',
  "{message}: Odoo 19's JSON-2 API signs in with an API key, not a password":
    '{message} : l’API JSON-2 d’Odoo 19 se connecte avec une clé API, pas avec un mot de passe',
  '{reason}; {operation} may have reached Odoo and was not sent again. Posting again is safe: the step reads Odoo back first, so nothing is posted twice.':
    '{reason} ; {operation} est peut-être parvenu à Odoo et n’a pas été renvoyé. Publier de nouveau est sans risque : l’étape relit d’abord Odoo, donc rien n’est publié deux fois.',
  '{reason} ({operation}, {count} tries).': '{reason} ({operation}, {count} essais).',
  'Cancelled while waiting to try again.': 'Annulé pendant l’attente d’un nouvel essai.',
  'Cancelled before the call was sent.': 'Annulé avant l’envoi de l’appel.',
  'No answer within {seconds} s ({operation}).': 'Pas de réponse en {seconds} s ({operation}).',
  'Cancelled while waiting for Odoo.': 'Annulé pendant l’attente d’Odoo.',
  'no Odoo JSON-RPC endpoint at this address': 'pas de point d’accès JSON-RPC d’Odoo à cette adresse',
  'no JSON-2 API or no database "{database}" at this address': 'pas d’API JSON-2 ou pas de base de données « {database} » à cette adresse',
  'Wrong login, password or API key for "{login}" on database "{database}".':
    'Identifiant, mot de passe ou clé API incorrect pour « {login} » sur la base de données « {database} ».',
  'This API key belongs to "{owner}", not to "{login}".': 'Cette clé API appartient à « {owner} », pas à « {login} ».',
  'Odoo {version} is not supported; this add-in works with Odoo 16, 17, 18 and 19.':
    'Odoo {version} n’est pas pris en charge ; ce complément fonctionne avec Odoo 16, 17, 18 et 19.',
  'Unrecognised Odoo version "{version}".': 'Version d’Odoo non reconnue : « {version} ».',
  'some tracked products would get stock without a lot/serial number': 'des articles suivis recevraient du stock sans lot/numéro de série',
  'the stock changed after it was counted (a conflict)': 'le stock a changé après son comptage (un conflit)',
  'Odoo asked for confirmation ({model})': 'Odoo a demandé une confirmation ({model})',
  'Odoo did not apply the adjustment: {why}. Nothing of this batch was applied; check the products in Odoo and resume.':
    'Odoo n’a pas appliqué l’ajustement : {why}. Rien de cet envoi n’a été appliqué ; vérifiez les articles dans Odoo et reprenez.',

  // Progress step names (shown as "{step}: {done} of {total}")
  Zeroing: 'Mise à zéro',
  Restoring: 'Restauration',
  'Creating lots': 'Création des lots',
  'Reading quants': 'Lecture des quants',
  'Undoing the zeroing': 'Annulation de la mise à zéro',
  // The app steps' refusals (src/app)
  'Fix the Products sheet first.': 'Corrigez d’abord la feuille Products.',
  'Choose a target tracking (lot or serial) for at least one product in the Products sheet.':
    'Choisissez un suivi cible (lot ou serial) pour au moins un article dans la feuille Products.',
  "The chosen products belong to several runs ({runs}). Finish one run, or clear the other products' target tracking.":
    'Les articles choisis appartiennent à plusieurs exécutions ({runs}). Terminez-en une, ou effacez le suivi cible des autres articles.',
  'Nothing was posted: a pre-flight check fails now.': 'Rien n’a été publié : un contrôle préalable échoue maintenant.',
  'Nothing was posted: stock changed in Odoo since the Zeroing sheet was made. Prepare it again and review. {changes} and {more} more.':
    'Rien n’a été publié : le stock a changé dans Odoo depuis la création de la feuille Zeroing. Préparez-la de nouveau et vérifiez. {changes} et {more} de plus.',
  'Nothing was posted: stock changed in Odoo since the Zeroing sheet was made. Prepare it again and review. {changes}.':
    'Rien n’a été publié : le stock a changé dans Odoo depuis la création de la feuille Zeroing. Préparez-la de nouveau et vérifiez. {changes}.',
  'Zeroing posted, but Odoo still shows untracked stock: {left}.': 'Mise à zéro publiée, mais Odoo montre encore du stock sans suivi : {left}.',
  '{product} {qty} at {location}': '{product} {qty} à {location}',
  'No run yet: prepare and post the zeroing first.': 'Aucune exécution pour l’instant : préparez et publiez d’abord la mise à zéro.',
  'The Products sheet names several runs ({runs}); keep one.': 'La feuille Products nomme plusieurs exécutions ({runs}) ; n’en gardez qu’une.',
  '{product} still has {qty} {uom} without a lot on hand; zero it first.': '{product} a encore {qty} {uom} en stock sans lot ; mettez-le d’abord à zéro.',
  '{product} still has {qty} {uom} without a lot on hand; zero it first (it is a variant of {template}, whose tracking is changed).':
    '{product} a encore {qty} {uom} en stock sans lot ; mettez-le d’abord à zéro (c’est une variante de {template}, dont le suivi est changé).',
  'Tracking was not changed: some products still have stock.': 'Le suivi n’a pas été changé : des articles ont encore du stock.',
  'Odoo did not keep the new tracking for {products}.': 'Odoo n’a pas gardé le nouveau suivi de {products}.',
  "Odoo's history has no zeroing of these products (run {run} or by hand); zero them first.":
    'L’historique d’Odoo ne contient aucune mise à zéro de ces articles (exécution {run} ou à la main) ; mettez-les d’abord à zéro.',
  'Nothing was posted: the Restore sheet has {count} rows with errors.': {
    one: 'Rien n’a été publié : la feuille Restore a {count} ligne en erreur.',
    other: 'Rien n’a été publié : la feuille Restore a {count} lignes en erreur.',
  },
  'Some of these products already hold stock with lots: finish the restore instead, or zero those lots first.':
    'Certains de ces articles ont déjà du stock en lots : terminez plutôt la restauration, ou mettez d’abord ces lots à zéro.',
  "Nothing to undo: no zeroing of these products in Odoo's history.": 'Rien à annuler : aucune mise à zéro de ces articles dans l’historique d’Odoo.',
  'Sign in to Odoo first.': 'Connectez-vous d’abord à Odoo.',
  // Custom functions' errors, shown in the cell (src/functions, onhand.ts)
  'The answer has {length} characters; a cell holds at most {max}.': 'La réponse fait {length} caractères ; une cellule en contient au plus {max}.',
  '{rows} rows by {columns} columns do not fit in a sheet.': '{rows} lignes sur {columns} colonnes ne tiennent pas dans une feuille.',
  'A value of the answer has {length} characters; a cell holds at most {max}.':
    'Une valeur de la réponse fait {length} caractères ; une cellule en contient au plus {max}.',
  '{rows} rows ({size} MB): more than Excel takes from one function (5 MB).': '{rows} lignes ({size} Mo) : plus qu’Excel n’accepte d’une fonction (5 Mo).',
  'Odoo did not answer within {seconds} s. Recalculate to try again.': 'Odoo n’a pas répondu en {seconds} s. Recalculez pour réessayer.',
  'Give a narrower location.': 'Indiquez un emplacement plus précis.',
  'Give a location, such as WH/Stock, to narrow it.': 'Indiquez un emplacement, comme WH/Stock, pour réduire la réponse.',
  'Give a location, such as WH/Stock.': 'Indiquez un emplacement, comme WH/Stock.',
  "No zeroing of {product} at {location} in Odoo's history": 'Aucune mise à zéro de {product} à {location} dans l’historique d’Odoo',
  'Sign in to Odoo in the task pane': 'Connectez-vous à Odoo dans le volet Office',
  'Unknown product: {product}': 'Article inconnu : {product}',
  '{code} names {count} products: {products}. Give the variant\'s Odoo id, such as "#{id}"':
    '{code} désigne {count} articles : {products}. Indiquez l’id Odoo de la variante, comme « #{id} »',
  'The product is empty: give an internal reference, a barcode or an Odoo id.':
    'L’article est vide : indiquez une référence interne, un code-barres ou un id Odoo.',
  'Posted, but {count} lines do not show the planned quantity in Odoo: {lots}. Post again to finish.': {
    one: 'Publié, mais {count} ligne ne montre pas la quantité prévue dans Odoo : {lots}. Publiez de nouveau pour terminer.',
    other: 'Publié, mais {count} lignes ne montrent pas la quantité prévue dans Odoo : {lots}. Publiez de nouveau pour terminer.',
  },
  // The header row of =ODOO.LOTS (answers.ts)
  Quantity: 'Quantité',
};
