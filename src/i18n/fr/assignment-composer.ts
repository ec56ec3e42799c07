// French messages of the assignment composer and of what it adds to the client widgets.
import type { Catalogue } from '../catalogue-types.js';
import type { assignmentClient as englishClient, assignmentComposer as english } from '../en/assignment-composer.js';
import type { assignmentWords } from '../en/assignment-words.js';
import type { composerWording as englishWording } from '../en/composer-wording.js';

export const assignmentClient: Catalogue<typeof englishClient & typeof assignmentWords> = {
  'framing.self-improvement':
    'Cet exercice est pour vous : une façon de comprendre vos réactions et de développer des compétences qui vous aident.',
  'framing.family':
    'Cet exercice peut vous aider, vous et vos proches : comprendre vos réactions vous aide à prendre soin de votre famille et lui permet de vous soutenir.',
  'framing.community':
    'Cet exercice peut vous aider, vous et votre communauté : ce que vous apprenez ici peut renforcer la façon dont vous soutenez les autres et dont ils vous soutiennent.',
  'preview.note': 'Aperçu : voici ce que verra votre client. Rien n’est enregistré ni envoyé d’ici.',
  assignmentSrcUnreachable:
    'Le devoir n’a pas pu être chargé : le serveur est injoignable. Rechargez la page pour réessayer.',
};

export const assignmentComposer: Catalogue<typeof english> = {
  'composer.title': 'Nouveau devoir',
  'composer.titleEditing': 'Modifier le devoir',
  'composer.intro':
    'Choisissez un exercice, rendez-le précis et adaptez-le à votre client. L’aperçu montre ce qu’il verra.',
  'composer.exercise': 'Exercice',
  'composer.details': 'Quoi, quand et pourquoi',
  'composer.assignmentTitle': 'Titre (facultatif)',
  'composer.instructions': 'Consignes : quoi exactement, quand, où et pendant combien de temps ?',
  'composer.instructions.hint':
    'Par exemple : « Après le dîner, deux soirs cette semaine, à la maison, consacrez 10 minutes à une situation. »',
  'composer.note': 'Mot personnel pour votre client (facultatif)',
  'composer.dueDate': 'À rendre le (facultatif)',
  'composer.size': 'Taille',
  'composer.size.quick': 'Rapide : 3 colonnes (situation, émotions, pensées)',
  'composer.size.standard': 'Standard : 5 colonnes (ajoute une pensée équilibrée et la réévaluation)',
  'composer.size.full': 'Complet : 7 colonnes (ajoute les preuves pour et contre)',
  'composer.distortions.show': 'Proposer des étiquettes de schémas de pensée',
  'composer.distortions.own':
    'Vos propres étiquettes de schémas de pensée, une par ligne (vide : les dix habituelles, comme « pensée en tout ou rien »)',
  'composer.scale': 'Échelle de l’humeur',
  'composer.scale.0-10': 'De 0 à 10',
  'composer.scale.0-100': 'De 0 à 100',
  'composer.scale.valence': 'Sept niveaux, de très désagréable à très agréable',
  'composer.emotions': 'Mots d’émotions, un par ligne (vide : la liste par défaut)',
  'composer.emotions.default': 'Liste par défaut : {words}',
  'composer.planOnly': 'Le client peut envoyer le plan seul s’il n’a pas pu faire l’expérience',
  'composer.adapt': 'Langue et cadrage',
  'composer.locale': 'Langue de l’exercice',
  'composer.locale.page': 'La langue de la page du client',
  'composer.framing': 'Pourquoi le client le fait (cadrage)',
  'composer.framing.none': 'Aucun',
  'composer.framing.self-improvement': 'Développement personnel',
  'composer.framing.family': 'Soutenir la famille',
  'composer.framing.community': 'Soutenir la communauté',
  'composer.wording': 'Les mots du client : questions, aides et exemples ({count} modifiés)',
  'composer.wording.hint':
    'Chaque texte est ce que le client verra dans la langue choisie. Modifiez ceux que vous voulez ; un champ vide garde le texte par défaut.',
  'composer.wording.reset': 'Reprendre le texte par défaut',
  'composer.research': 'Pour la recherche : comparer des versions (facultatif)',
  'composer.variant':
    'Nom de cette version, enregistré avec chaque saisie envoyée par le client (par exemple « formulation courte »)',
  'composer.hints': 'Afficher les aides et les exemples',
  'composer.reminders': 'Proposer un rappel d’agenda (.ics)',
  'composer.specificity': 'Est-ce assez précis ?',
  'composer.specificity.ok': 'Le quoi, le quand, le où et le combien de temps y sont.',
  'composer.specificity.vague': 'Encore vague (vous pouvez l’envoyer quand même) :',
  'composer.vague.what': 'Quoi : dites exactement quoi faire, en quelques mots de plus.',
  'composer.vague.when': 'Quand : un jour, une heure ou un moment (« après le dîner »), ou une date à rendre.',
  'composer.vague.where': 'Où : à la maison, au travail, dans le bus…',
  'composer.vague.howLong': 'Combien de temps ou combien de fois : « 10 minutes », « deux fois cette semaine ».',
  'composer.save': 'Enregistrer et obtenir le lien',
  'composer.saveLocal': 'Créer le devoir',
  'composer.saving': 'Enregistrement…',
  'composer.duplicate': 'Dupliquer en nouveau devoir',
  'composer.duplicated': 'Ceci est une copie avec un nouvel identifiant. Rien n’est encore enregistré.',
  'composer.saved': 'Enregistré. Donnez à votre client le lien ou le code d’intégration ci-dessous.',
  'composer.created': 'Créé. Votre page a reçu le devoir (hw-assignment-created).',
  'composer.invalid': 'Le devoir n’est pas encore valide :',
  'composer.offline':
    'Non enregistré : le serveur est injoignable. Tout ce que vous avez écrit est toujours là ; réessayez.',
  'composer.refused': 'Non enregistré : le serveur l’a refusé ({status}) : {message}',
  'composer.authRequired': 'Non enregistré : veuillez vous reconnecter. Tout ce que vous avez écrit est toujours là.',
  'composer.endpointInvalid':
    'L’adresse d’enregistrement des devoirs doit être en https, sur le site de cette page ou dans allowed-origins, et répondre sans redirection.',
  'composer.snippet': 'Code d’intégration pour la page du client',
  'composer.link': 'Lien pour le client',
  'composer.copy': 'Copier le code d’intégration',
  'composer.copyLink': 'Copier le lien',
  'composer.copied': 'Copié.',
  'composer.copyFailed': 'Copie impossible : sélectionnez le texte et copiez-le.',
  'composer.preview': 'Aperçu',
  'composer.previewUnavailable': 'L’aperçu montre la dernière version valide.',
};

/** The names of the wording fields (loaded with the rest of this language's clinician part). */
export const composerWording: Catalogue<typeof englishWording> = {
  'composer.wording.step': 'Étape : {text}',
  'composer.wording.default': 'Par défaut : {text}',
  'composer.wording.framing': 'Introduction du cadrage choisi',
  'composer.wording.general': 'Dans tout l’exercice',
  'composer.wording.role.intro': 'Introduction en haut',
  'composer.wording.role.heading': 'Titre de cette étape',
  'composer.wording.role.prompt': 'Question à laquelle le client répond',
  'composer.wording.role.hint': 'Aide ou exemple sous la question',
  'composer.wording.role.hintSurvey': 'Aide quand l’expérience interroge d’autres personnes (une enquête)',
  'composer.wording.role.add': 'Bouton qui en ajoute un',
  'composer.wording.role.remove': 'Bouton qui en retire un',
  'composer.wording.role.choice': 'Un des choix proposés',
  'composer.wording.role.scalePoint': 'Texte d’un point d’une échelle',
  'composer.wording.role.countText': 'Texte qui accompagne un nombre',
  'composer.wording.role.text': 'Autres mots que le client voit ici',
};
