# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/local" {
  version = "2.4.0"
  hashes = [
    "h1:ZUEYUmm2t4vxwzxy1BvN1wL6SDWrDxfH7pxtzX8c6d0=",
    "zh:53604cd29cb92538668fe09565c739358dc53ca56f9f11312b9d7de81e48fab9",
    "zh:66a46e9c508716a1c98efbf793092f03d50049fa4a83cd6b2251e9a06aca2acf",
    "zh:70a6f6a852dd83768d0778ce9817d81d4b3f073fab8fa570bff92dcb0824f732",
    "zh:78d5eefdd9e494defcb3c68d282b8f96630502cac21d1ea161f53cfe9bb483b3",
    "zh:82a803f2f484c8b766e2e9c32343e9c89b91997b9f8d2697f9f3837f62926b35",
    "zh:9708a4e40d6cc4b8afd1352e5186e6e1502f6ae599867c120967aebe9d90ed04",
    "zh:973f65ce0d67c585f4ec250c1e634c9b22d9c4288b484ee2a871d7fa1e317406",
    "zh:c8fa0f98f9316e4cfef082aa9b785ba16e36ff754d6aba8b456dab9500e671c6",
    "zh:cfa5342a5f5188b20db246c73ac823918c189468e1382cb3c48a9c0c08fc5bf7",
    "zh:e0e2b477c7e899c63b06b38cd8684a893d834d6d0b5e9b033cedc06dd7ffe9e2",
    "zh:f62d7d05ea1ee566f732505200ab38d94315a4add27947a60afa29860822d3fc",
    "zh:fa7ce69dde358e172bd719014ad637634bbdabc49363104f4fca759b4b73f2ce",
  ]
}

provider "registry.terraform.io/mypurecloud/genesyscloud" {
  version     = "1.25.1"
  constraints = ">= 1.17.0"
  hashes = [
    "h1:M+XiLz7O9ySBNc8C38WV8vcEDDvO02A54ecw2OMCHaU=",
    "zh:025f7eca9355c1ab03d80efa0f3ae00195af87ee17574ccb50bebfdaa0c413d8",
    "zh:1d3363cf93bce0e8a4a8f60e3ed046382ac0192ed26684108d380d285cd49752",
    "zh:1f9ca277268e71284623513ac776473e53e5d835d9d9f5bf832323c9ab8c4179",
    "zh:3bdc4ce96204e0a49c5777b97f9f9980a3b5bfb3726f2eff1f80b56b388494f4",
    "zh:4420aacef50f403871aebea5e145e116bea2463c3ee27cdeae4c064ce106381d",
    "zh:e6d1ae9b6237462c949fb5eb75d2d476fc4df8fe9ca5ba5c2c5b29c68125b6ce",
    "zh:f14b1d44652330aa22691fe46c8a3c681c1ba7f33b13a66cf6b1721a071cc3e4",
    "zh:f2e6e83807f32e6cfa3e7ce19b701ec12098007bdd514bf3032b278acae8a9c5",
  ]
}
