// French messages every widget uses (vous, as French self-help workbooks address the reader).
import type { Catalogue } from '../catalogue-types.js';
import type { common as english } from '../en/common.js';
import type { formMessages } from '../en/form.js';
import type { selfReviewMessages } from '../en/self-review.js';
import type { storageMessages } from '../en/storage-messages.js';

export const common: Catalogue<
  typeof english & typeof storageMessages & typeof selfReviewMessages & typeof formMessages
> = {
  'status.loading': 'Ouverture de votre travail enregistré…',
  'status.saving': 'Enregistrement sur cet appareil…',
  'status.saved': 'Enregistré sur cet appareil',
  'status.sending': 'Envoi en cours…',
  'status.sent': 'Envoyé à votre thérapeute',
  'status.willSend': 'Enregistré sur cet appareil. Il sera envoyé dès que vous serez en ligne.',
  'status.retrying':
    'Enregistré sur cet appareil. Pas encore envoyé : le serveur est injoignable. Nouvelle tentative {time}.',
  'status.retryingServer':
    'Enregistré sur cet appareil. Pas encore envoyé : le serveur est occupé ou a rencontré un problème. Nouvelle tentative {time}.',
  'status.authRequired': 'Enregistré sur cet appareil. Pas encore envoyé : veuillez vous reconnecter.',
  'status.linkEnded':
    'Enregistré sur cet appareil. Pas envoyé : ce lien ne fonctionne plus. Demandez un nouveau lien à votre thérapeute ; ce que vous avez écrit reste ici.',
  'status.rejected': 'Refusé par le serveur : {message}',
  'status.rejectedKept':
    'Vos réponses sont conservées sur cet appareil. Rien de plus n’est envoyé ; dites à votre thérapeute ce qu’indique ce message.',
  'status.noEndpoint': 'Enregistré sur cet appareil. Aucune adresse d’envoi n’est configurée.',
  'status.waiting.one': '{count} saisie attend d’être envoyée.',
  'status.waiting.other': '{count} saisies attendent d’être envoyées.',
  'submitted.title': 'Envoyé. Merci de l’avoir fait.',
  'submitted.rating': '{name} : {value}',
  'submitted.change': '{name} : {before} → {after}',
  'submitted.mood': 'Humeur',
  'submitted.again': 'En commencer un nouveau',
  'old.draft': 'Vous avez commencé ceci le {date} et ne l’avez pas modifié depuis. Le garder ou l’abandonner ?',
  'old.refused':
    'Une saisie du {date} n’a pas été acceptée par le serveur ({message}). Elle est toujours conservée sur cet appareil. La garder ou l’abandonner ?',
  'old.keep': 'Le garder',
  'old.discard': 'L’abandonner',
  'action.retry': 'Réessayer l’envoi',
  storageUnavailable:
    'Ce navigateur ne peut pas enregistrer votre travail sur cet appareil (stockage indisponible). Gardez cette page ouverte jusqu’à l’envoi.',
  storageTimeout:
    'L’enregistrement sur cet appareil ne répond pas. Votre travail n’est conservé que tant que cette page reste ouverte.',
  storageFull:
    'Le stockage de cet appareil est plein. Votre texte est toujours là, mais il n’est pas enregistré. Libérez de l’espace ou envoyez-le maintenant.',
  storageOutdated:
    'Une version plus récente de cette page est ouverte dans un autre onglet. Rechargez cette page pour continuer à enregistrer.',
  storageCleared:
    'Cet appareil ne contient plus le travail que vous y aviez enregistré. Si les données du site ont été effacées dans ce navigateur, ce qui n’avait pas encore été envoyé a peut-être été perdu.',
  storageFailed: 'Votre travail n’a pas pu être enregistré sur cet appareil. Votre texte est toujours là.',
  'config.title': 'Cet exercice n’est pas configuré correctement',
  'config.help': 'Rien n’a été envoyé. Merci de prévenir la personne qui vous a donné ce lien.',
  endpointInvalid: 'L’endpoint n’est pas une adresse valide.',
  endpointScheme: 'L’endpoint doit être une adresse https.',
  endpointInsecure:
    'L’endpoint doit utiliser https (le http non chiffré n’est autorisé que sur cet ordinateur, pour les tests).',
  credentialsInvalid: 'Le réglage credentials doit valoir "omit", "same-origin" ou "include".',
  timeoutInvalid: 'Le délai (timeout) doit être un nombre de millisecondes, au moins 1000.',
  encryptionUnavailable: 'Ce navigateur ne peut pas chiffrer les brouillons ici (le chiffrement exige une page https).',
  authInvalid: 'getAuthHeaders doit être une fonction.',
  assignmentInvalid: 'L’exercice assigné n’est pas valide : {details}',
  assignmentWrongExercise: 'Cet exercice assigné concerne un autre exercice ({exercise}).',
  'problem.title': 'Avant d’envoyer :',
  fieldTooLong: 'Ce texte est trop long ({max} caractères au maximum). La suite n’a pas été conservée.',
  'assignment.due': 'À faire pour le {date}',
  'assignment.note': 'Un mot de votre thérapeute',
  'review.legend': 'Avec un peu de recul (facultatif)',
  'review.effort': 'Effort : combien d’effort y ai-je mis ?',
  'review.usefulness': 'Utilité : à quel point cela m’a-t-il été utile ?',
  'review.difficulty': 'Difficulté : à quel point était-ce difficile ?',
  'review.scale.0': 'Pas du tout',
  'review.scale.4': 'Beaucoup',
  'review.rating': '{value} sur 4',
  'review.obstacles': 'Obstacles : qu’est-ce qui m’a freiné ?',
  'obstacle.forgot': 'J’ai oublié',
  'obstacle.too-big': 'Cela me paraissait trop lourd',
  'obstacle.unclear': 'Ce n’était pas clair',
  'obstacle.did-not-fit': 'Cela ne correspondait pas à ma situation',
  'obstacle.avoided': 'Je l’ai remis à plus tard',
  'obstacle.other': 'Autre chose',
  'review.reflection': 'Ce que j’en retiens (en une ligne)',
  'rating.notRated': 'Pas encore évalué',
  'rating.rate': 'Évaluer',
  'rating.valueText': '{value} sur {max}',
  'action.submit': 'Envoyer à votre thérapeute',
  'action.submitting': 'Envoi en cours…',
  formatInvalid: 'Le format doit être « native » ou « fhir ».',
};
