

export class Entity {
  'id': string;
  'name': string;

    private static discriminator: string | undefined = undefined;

    private static attributeTypeMap: Array<{name: string, baseName: string, type: string}> = [
        {
            "name": "id",
            "baseName": "id",
            "type": "string"
        },
        {
            "name": "name",
            "baseName": "name",
            "type": "string"
        }    ];

    public static getAttributeTypeMap() {
        return Entity.attributeTypeMap;
    }
}




